package nl.totalservice.onboarding.platform.testing.contract;

import nl.totalservice.onboarding.platform.testing.contract.compat.ApiVersion;
import nl.totalservice.onboarding.platform.testing.contract.compat.DocumentDiff;
import nl.totalservice.onboarding.platform.testing.contract.compat.OpenApiCompatibility;
import nl.totalservice.onboarding.platform.testing.yaml.YamlTree;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The service's OpenAPI document is a contract saved in docs/openapi/&lt;service&gt;.yaml (extend it in a
 * {@code @QuarkusTest}): the live document must equal it, every operation has a unique operationId, and a
 * breaking change needs the major part of {@code info.version} bumped. {@code -Dopenapi.update=true}
 * re-saves a changed document (never a breaking one without the bump). See docs/contracts.md.
 */
public abstract class SavedOpenApiContract {

    /** The system property that re-saves the documents instead of comparing them. */
    public static final String UPDATE_PROPERTY = "openapi.update";
    /** The one command that re-saves every service's document. */
    public static final String UPDATE_COMMAND = "mvn -B -ntp test -Dopenapi.update=true -Dtest='OpenApiContractTest'"
            + " -Dsurefire.failIfNoSpecifiedTests=false -pl lead-service,partner-service,task-service,notification-service -am";
    private static final int MAX_DIFF_LINES = 60;

    /** The service's name, also the saved file's: docs/openapi/&lt;name&gt;.yaml. */
    protected abstract String serviceName();

    @Test
    void liveOpenApiDocumentMatchesTheSavedContract() throws IOException {
        String liveText = given().when().get("/q/openapi?format=yaml").then().statusCode(200).extract().asString();
        Map<String, Object> live = YamlTree.parse(liveText);
        List<String> missingIds = operationIdProblems(live);
        if (!missingIds.isEmpty()) {
            fail("Every operation needs a unique operationId (@Operation(operationId = \"verbNoun\")):\n  "
                    + String.join("\n  ", missingIds));
        }
        Path saved = savedDocument();
        boolean update = Boolean.getBoolean(UPDATE_PROPERTY);
        if (!Files.exists(saved)) {
            if (update) {
                write(saved, liveText);
                return;
            }
            fail("No saved OpenAPI document " + saved + ". Save it with:\n  " + UPDATE_COMMAND);
        }
        Map<String, Object> before = YamlTree.read(saved);
        List<String> differences = DocumentDiff.between(before, live);
        if (differences.isEmpty()) {
            return;
        }
        List<String> breaking = OpenApiCompatibility.breakingChanges(before, live);
        String savedVersion = ApiVersion.of(before);
        String liveVersion = ApiVersion.of(live);
        if (!breaking.isEmpty() && !ApiVersion.majorBumped(savedVersion, liveVersion)) {
            fail("Breaking change(s) to the " + serviceName() + " API against " + saved + " (version " + savedVersion
                    + "):\n  " + String.join("\n  ", breaking) + "\nMake the change compatible, or bump the major part of "
                    + "quarkus.smallrye-openapi.info-version (now " + liveVersion + ") and re-save with:\n  " + UPDATE_COMMAND);
        }
        if (update) {
            write(saved, liveText);
            return;
        }
        fail("The live OpenAPI document of " + serviceName() + " differs from " + saved + " (- saved, + live, ~ changed):\n  "
                + String.join("\n  ", differences.subList(0, Math.min(MAX_DIFF_LINES, differences.size())))
                + (differences.size() > MAX_DIFF_LINES ? "\n  ... and " + (differences.size() - MAX_DIFF_LINES) + " more" : "")
                + "\nNo breaking change found. If the change is intended, re-save the documents with:\n  " + UPDATE_COMMAND);
    }

    private Path savedDocument() {
        return Path.of(System.getProperty("project.root", ".."), "docs", "openapi", serviceName() + ".yaml")
                .toAbsolutePath().normalize();
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text.endsWith("\n") ? text : text + "\n");
        System.out.println("[openapi] saved " + file);
    }

    static List<String> operationIdProblems(Map<String, Object> document) {
        List<String> problems = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        YamlTree.map(document, "paths").forEach((path, item) -> ((Map<?, ?>) item).forEach((method, operation) -> {
            if (!(operation instanceof Map<?, ?>) || method.equals("parameters")) {
                return;
            }
            String name = String.valueOf(method).toUpperCase() + " " + path;
            String id = YamlTree.string(operation, "operationId");
            if (id == null || id.isBlank()) {
                problems.add(name + " has no operationId");
            } else if (seen.putIfAbsent(id, name) != null) {
                problems.add(name + " repeats operationId " + id + " of " + seen.get(id));
            }
        }));
        return problems;
    }
}
