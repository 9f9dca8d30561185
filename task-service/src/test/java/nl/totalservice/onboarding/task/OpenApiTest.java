package nl.totalservice.onboarding.task;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The front ends build on the OpenAPI document: every operation, parameter and view and request field explains itself. */
@QuarkusTest
class OpenApiTest {

    private static final List<String> OUR_PATHS = List.of("/api/tasks", "/api/queue", "/api/portal", "/api/calls");

    @Test
    void everyTaskOperationAndParameterIsDescribedAndTagged() {
        JsonPath doc = openApi();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            if (OUR_PATHS.stream().noneMatch(path.getKey()::startsWith)) {
                continue;
            }
            for (var operation : path.getValue().entrySet()) {
                operations++;
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                Map<String, Object> op = operation.getValue();
                requirePresent(missing, name + " summary", op.get("summary"));
                requirePresent(missing, name + " description", op.get("description"));
                requirePresent(missing, name + " tags", op.get("tags"));
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> parameters = (List<Map<String, Object>>) op.getOrDefault("parameters", List.of());
                for (Map<String, Object> parameter : parameters) {
                    requirePresent(missing, name + " parameter " + parameter.get("name"), parameter.get("description"));
                }
            }
        }
        assertThat(operations).isGreaterThanOrEqualTo(12);
        assertThat(missing).isEmpty();
    }

    @Test
    void everyFieldOfOurSchemasIsDescribed() {
        JsonPath doc = openApi();
        Map<String, Map<String, Object>> schemas = doc.getMap("components.schemas");
        List<String> undocumented = new ArrayList<>();
        for (String schema : List.of("Task", "QueueItem", "PartnerTask", "Call", "CallAttempt", "TaskHistoryEntry",
                "PartnerRef", "PartnerContact", "LeadSummary", "Owner", "CreateTaskRequest", "AssignRequest",
                "CancelRequest", "DeclineRequest", "CustomerContactRequest", "CompleteRequest", "CallOutcomeRequest")) {
            assertThat(schemas).as("schema %s", schema).containsKey(schema);
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) schemas.get(schema).get("properties");
            properties.forEach((property, definition) -> {
                if (definition.get("description") == null && definition.get("$ref") == null && definition.get("allOf") == null) {
                    undocumented.add(schema + "." + property);
                }
            });
        }
        assertThat(undocumented).isEmpty();
    }

    @Test
    void declaresTheDomainRefusals() {
        JsonPath doc = openApi();
        assertThat(doc.getMap("paths.'/api/tasks/{taskId}/assignment'.post.responses")).containsKeys("200", "404", "409", "412");
        assertThat(doc.getMap("paths.'/api/portal/tasks/{taskId}/acceptance'.post.responses")).containsKeys("404", "409");
        assertThat(doc.getMap("paths.'/api/tasks'.post.responses")).containsKeys("201", "400", "409");
    }

    private static JsonPath openApi() {
        return given().when().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
    }

    private static void requirePresent(List<String> missing, String what, Object value) {
        if (value == null || value.toString().isBlank()) {
            missing.add(what);
        }
    }
}
