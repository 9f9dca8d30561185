package nl.totalservice.onboarding.platform.localstack;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No cluster runs here, so this reads every manifest under deploy/k8s and checks it against the services' real
 * configuration: ports, probes on the health endpoints, image names as Jib builds them, environment variables
 * each service (and the portal) reads, and no secret values in the manifests.
 */
class DeploymentManifestsTest {

    private static final Path ROOT = Path.of(System.getProperty("user.dir")).resolve("../..").normalize();
    private static final Path K8S = ROOT.resolve("deploy/k8s");
    /** Settings a service reads without a line in its application.properties: Kafka client and mailer credentials. */
    private static final Set<String> CLIENT_SETTINGS = Set.of("KAFKA_SECURITY_PROTOCOL", "KAFKA_SASL_MECHANISM",
            "KAFKA_SASL_JAAS_CONFIG", "QUARKUS_MAILER_USERNAME", "QUARKUS_MAILER_PASSWORD");
    /** The portal's identity-provider settings without a line in its application.properties (quarkus-oidc's keys). */
    private static final Set<String> OIDC_SETTINGS = Set.of("QUARKUS_OIDC_AUTH_SERVER_URL", "QUARKUS_OIDC_CLIENT_ID",
            "QUARKUS_OIDC_CREDENTIALS_SECRET", "QUARKUS_OIDC_AUTHENTICATION_FORCE_REDIRECT_HTTPS_SCHEME");
    private static final Pattern SECRET_NAME = Pattern.compile("PASSWORD|SECRET|JAAS|TOKEN|PRIVATE");
    private static final List<Map<String, Object>> RESOURCES = new ArrayList<>();

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readEveryManifest() throws IOException {
        try (Stream<Path> files = Files.walk(K8S)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".yaml")).toList()) {
                try (Reader reader = Files.newBufferedReader(file)) {
                    for (Object document : new Yaml().loadAll(reader)) {
                        assertThat(document).as(file.toString()).isInstanceOf(Map.class);
                        Map<String, Object> resource = (Map<String, Object>) document;
                        assertThat(resource).as(file.toString()).containsKey("kind");
                        resource.put("__file", K8S.relativize(file).toString());
                        RESOURCES.add(resource);
                    }
                }
            }
        }
    }

    static Stream<ServiceDefinition> services() {
        return ServiceDefinition.ALL.stream();
    }

    /** What is deployed: the four services and the portal. */
    static Stream<ServiceDefinition> deployables() {
        return Stream.concat(ServiceDefinition.ALL.stream(), Stream.of(ServiceDefinition.PORTAL));
    }

    @Test
    void everyKustomizationNamesFilesThatExist() {
        List<Map<String, Object>> kustomizations = ofKind("Kustomization");
        assertThat(kustomizations).extracting(resource -> resource.get("__file"))
                .contains("base/kustomization.yaml", "overlays/production/kustomization.yaml", "strimzi/kustomization.yaml");
        for (Map<String, Object> kustomization : kustomizations) {
            Path dir = K8S.resolve((String) kustomization.get("__file")).getParent();
            List<String> referenced = new ArrayList<>(strings(kustomization.get("resources")));
            for (Object patch : list(kustomization.get("patches"))) {
                referenced.add((String) map(patch).get("path"));
            }
            assertThat(referenced).as("%s", kustomization.get("__file"))
                    .allSatisfy(path -> assertThat(dir.resolve(path)).exists());
        }
    }

    @ParameterizedTest
    @MethodSource("deployables")
    void runsEachServiceOnItsPortWithProbesOnTheHealthEndpoints(ServiceDefinition service) throws IOException {
        Map<String, Object> container = container(service);
        String port = applicationProperties(service).getProperty("quarkus.http.port");

        assertThat(list(container.get("ports"))).singleElement()
                .satisfies(p -> assertThat(map(p)).containsEntry("name", "http").containsEntry("containerPort", Integer.parseInt(port)));
        assertThat(probe(container, "readinessProbe")).containsEntry("path", "/q/health/ready").containsEntry("port", "http");
        assertThat(probe(container, "livenessProbe")).containsEntry("path", "/q/health/live").containsEntry("port", "http");
        Map<String, Object> resources = map(container.get("resources"));
        assertThat(map(resources.get("requests"))).containsKeys("cpu", "memory");
        assertThat(map(resources.get("limits"))).containsKey("memory");

        Map<String, Object> serviceResource = named("Service", service.name());
        Map<String, Object> servicePort = map(list(map(serviceResource.get("spec")).get("ports")).get(0));
        assertThat(servicePort).containsEntry("port", Integer.parseInt(port)).containsEntry("targetPort", "http");
        assertThat(map(map(serviceResource.get("spec")).get("selector")))
                .isEqualTo(map(map(map(map(deployment(service).get("spec")).get("template")).get("metadata")).get("labels"))
                        .entrySet().stream().filter(label -> label.getKey().equals("app.kubernetes.io/name"))
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    @ParameterizedTest
    @MethodSource("deployables")
    void canRunSeveralReplicasOfEachService(ServiceDefinition service) {
        assertThat((Integer) map(deployment(service).get("spec")).get("replicas")).isGreaterThan(1);
        Map<String, Object> production = ofKind("Deployment").stream()
                .filter(d -> d.get("__file").equals("overlays/production/replicas.yaml"))
                .filter(d -> map(d.get("metadata")).get("name").equals(service.name())).findFirst().orElseThrow();
        assertThat((Integer) map(production.get("spec")).get("replicas")).isGreaterThan(1);
    }

    @ParameterizedTest
    @MethodSource("deployables")
    void usesTheImageJibBuildsAndTheProductionOverlayPinsIt(ServiceDefinition service) throws IOException {
        String pom = Files.readString(ROOT.resolve("pom.xml"));
        String group = firstGroup(pom, "<quarkus.container-image.group>([^<]+)<");
        String version = firstGroup(pom, "<version>([^<]+)</version>");
        String image = (String) container(service).get("image");

        assertThat(image).isEqualTo(group + "/" + service.name() + ":" + version);
        assertThat(Files.readString(ROOT.resolve(service.name()).resolve("pom.xml")))
                .as("the image profile of %s", service.name()).contains("<id>image</id>", "quarkus-container-image-jib");
        List<Object> images = list(named("Kustomization", null, "overlays/production/kustomization.yaml").get("images"));
        assertThat(images).anySatisfy(entry -> assertThat(map(entry)).containsEntry("name", group + "/" + service.name())
                .containsKeys("newName", "newTag"));
    }

    @ParameterizedTest
    @MethodSource("services")
    void setsOnlyEnvironmentVariablesTheServiceReadsAndTakesCredentialsFromSecrets(ServiceDefinition service) throws IOException {
        Set<String> readable = readable(service);
        Map<String, Object> container = container(service);
        List<String> names = new ArrayList<>();
        for (Object variable : list(container.get("env"))) {
            Map<String, Object> env = map(variable);
            names.add((String) env.get("name"));
            if (SECRET_NAME.matcher((String) env.get("name")).find()) {
                assertThat(env).as("%s comes from a Secret", env.get("name")).doesNotContainKey("value");
                assertThat(map(env.get("valueFrom"))).containsKey("secretKeyRef");
            }
        }
        for (Object source : list(container.get("envFrom"))) {
            String configMap = (String) map(map(source).get("configMapRef")).get("name");
            for (Map<String, Object> resource : ofKind("ConfigMap")) {
                if (map(resource.get("metadata")).get("name").equals(configMap)) {
                    names.addAll(map(resource.get("data")).keySet());
                }
            }
        }

        assertThat(names).contains("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD",
                "KAFKA_BOOTSTRAP_SERVERS", "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "MP_JWT_VERIFY_ISSUER");
        assertThat(names).as("environment of %s", service.name()).allSatisfy(name -> assertThat(readable).contains(name));
        String jdbcUrl = (String) map(named("ConfigMap", service.name() + "-config").get("data")).get("QUARKUS_DATASOURCE_JDBC_URL");
        assertThat(jdbcUrl).endsWith("/" + service.database());
    }

    @Test
    void runsThePortalOnTheServicesAndSignsInThroughOidcWithSecretsFromSecrets() throws IOException {
        Map<String, Object> container = container(ServiceDefinition.PORTAL);
        Map<String, Object> env = new LinkedHashMap<>();
        for (Object variable : list(container.get("env"))) {
            env.put((String) map(variable).get("name"), map(variable));
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        for (Object source : list(container.get("envFrom"))) {
            settings.putAll(map(named("ConfigMap", (String) map(map(source).get("configMapRef")).get("name")).get("data")));
        }
        Set<String> readable = PortalSettings.readable(ROOT);
        readable.addAll(OIDC_SETTINGS);
        assertThat(env.keySet()).as("environment of the portal").isSubsetOf(readable);
        assertThat(settings.keySet()).as("ConfigMap settings of the portal").isSubsetOf(readable);

        assertThat(settings).containsKeys("PORTAL_SERVICES_LEAD", "PORTAL_SERVICES_PARTNER", "PORTAL_SERVICES_TASK");
        for (ServiceDefinition service : ServiceDefinition.ALL) {
            String key = "PORTAL_SERVICES_" + service.name().replace("-service", "").toUpperCase();
            if (settings.containsKey(key)) {
                Map<String, Object> port = map(list(map(named("Service", service.name()).get("spec")).get("ports")).get(0));
                assertThat(settings.get(key)).as(key).isEqualTo("http://" + service.name() + ":" + port.get("port"));
            }
        }
        assertThat(settings).containsEntry("PORTAL_SIGN_IN", "oidc").containsEntry("QUARKUS_OIDC_TENANT_ENABLED", "true")
                .containsKey("QUARKUS_OIDC_AUTH_SERVER_URL")
                .doesNotContainKeys("PORTAL_ALLOW_DEVELOPMENT_SIGN_IN", "PORTAL_SESSION_SECURE");
        for (String secret : List.of("QUARKUS_OIDC_CLIENT_ID", "QUARKUS_OIDC_CREDENTIALS_SECRET", "PORTAL_SESSION_SECRET")) {
            assertThat(map(env.get(secret))).as(secret).doesNotContainKey("value");
            assertThat(map(map(map(env.get(secret)).get("valueFrom")).get("secretKeyRef")))
                    .as("%s from a Secret the portal cannot start without", secret)
                    .containsKeys("name", "key").doesNotContainKey("optional");
        }
    }

    @Test
    void holdsNoSecretValues() {
        assertThat(ofKind("Secret")).as("Secrets are created in the cluster, never checked in").isEmpty();
        for (Map<String, Object> configMap : ofKind("ConfigMap")) {
            assertThat(map(configMap.get("data")).keySet()).as("%s", configMap.get("__file"))
                    .noneMatch(key -> SECRET_NAME.matcher(key).find());
        }
    }

    @Test
    void documentsEverySettingTheManifestsUseBeyondTheServicesOwnProperties() throws IOException {
        String production = Files.readString(ROOT.resolve("docs/production.md"));
        assertThat(CLIENT_SETTINGS).allSatisfy(setting -> assertThat(production).contains(setting));
        assertThat(OIDC_SETTINGS).allSatisfy(setting -> assertThat(production).contains(setting));
    }

    private static Set<String> readable(ServiceDefinition service) throws IOException {
        Set<String> readable = new HashSet<>(CLIENT_SETTINGS);
        Properties all = applicationProperties(service);
        for (String module : List.of("web", "messaging")) {
            try (Reader reader = Files.newBufferedReader(ROOT.resolve("platform").resolve(module)
                    .resolve("src/main/resources/META-INF/microprofile-config.properties"))) {
                all.load(reader);
            }
        }
        for (Object key : all.keySet()) {
            String property = key.toString().startsWith("%") ? key.toString().substring(key.toString().indexOf('.') + 1) : key.toString();
            readable.add(ComposeFileTest.environmentName(property));
        }
        return readable;
    }

    private static Map<String, Object> probe(Map<String, Object> container, String kind) {
        return map(map(container.get(kind)).get("httpGet"));
    }

    private static Map<String, Object> deployment(ServiceDefinition service) {
        return named("Deployment", service.name(), "base/" + service.name() + ".yaml");
    }

    private static Map<String, Object> container(ServiceDefinition service) {
        Map<String, Object> podSpec = map(map(map(deployment(service).get("spec")).get("template")).get("spec"));
        return list(podSpec.get("containers")).stream().map(DeploymentManifestsTest::map)
                .filter(c -> c.get("name").equals(service.name())).findFirst().orElseThrow();
    }

    private static Map<String, Object> named(String kind, String name) {
        return ofKind(kind).stream().filter(r -> r.get("__file").toString().startsWith("base/"))
                .filter(r -> map(r.get("metadata")).get("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in deploy/k8s/base"));
    }

    private static Map<String, Object> named(String kind, String name, String file) {
        return ofKind(kind).stream().filter(r -> r.get("__file").equals(file))
                .filter(r -> name == null || map(r.get("metadata")).get("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in " + file));
    }

    private static List<Map<String, Object>> ofKind(String kind) {
        return RESOURCES.stream().filter(resource -> kind.equals(resource.get("kind"))).toList();
    }

    private static Properties applicationProperties(ServiceDefinition service) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(ROOT.resolve(service.name()).resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        return properties;
    }

    private static String firstGroup(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as(regex).isTrue();
        return matcher.group(1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }

    private static List<String> strings(Object value) {
        return list(value).stream().map(String::valueOf).toList();
    }
}
