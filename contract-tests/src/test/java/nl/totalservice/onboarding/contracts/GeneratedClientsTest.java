package nl.totalservice.onboarding.contracts;

import nl.totalservice.onboarding.platform.testing.yaml.YamlTree;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A front-end team's view: the build generated a Java client from each saved OpenAPI document and compiled it
 * (this module's main sources); its API classes name one method per operationId, nothing like apiLeadsIdPost.
 */
class GeneratedClientsTest {

    private static final Path ROOT = Path.of(System.getProperty("project.root", ".."));

    @ParameterizedTest
    @ValueSource(strings = {"lead", "partner", "task", "notification"})
    void theGeneratedClientHasAMethodNamedAfterEveryOperationId(String service) throws Exception {
        Set<String> operationIds = operationIds(ROOT.resolve("docs/openapi/" + service + "-service.yaml"));
        Set<String> methods = new TreeSet<>();
        for (Class<?> api : apiClasses(service)) {
            Arrays.stream(api.getDeclaredMethods()).map(Method::getName).forEach(methods::add);
        }

        assertThat(operationIds).isNotEmpty().contains("getCurrentUser");
        assertThat(methods).containsAll(operationIds);
    }

    private static Set<String> operationIds(Path document) {
        Map<String, Object> openApi = YamlTree.read(document);
        Set<String> ids = new TreeSet<>();
        YamlTree.map(openApi, "paths").values().forEach(item -> ((Map<?, ?>) item).values().forEach(operation -> {
            String id = YamlTree.string(operation, "operationId");
            if (id != null) {
                ids.add(id);
            }
        }));
        return ids;
    }

    private static Set<Class<?>> apiClasses(String service) throws IOException {
        String pkg = "nl.totalservice.onboarding.client." + service + ".api";
        Path sources = Path.of("target/generated-clients", service, "src/main/java", pkg.replace('.', '/'));
        try (Stream<Path> files = Files.list(sources)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith("Api.java"))
                    .map(name -> load(pkg + "." + name.substring(0, name.length() - ".java".length())))
                    .collect(Collectors.toSet());
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("generated but not compiled: " + name, e);
        }
    }
}
