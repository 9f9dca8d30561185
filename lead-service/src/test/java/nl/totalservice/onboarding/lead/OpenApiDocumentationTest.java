package nl.totalservice.onboarding.lead;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Front-end teams build on the OpenAPI document: every operation, parameter and field of ours is described. */
@QuarkusTest
class OpenApiDocumentationTest {

    /** Schemas that come from the platform (documented there). */
    private static final Set<String> PLATFORM_SCHEMAS = Set.of("Problem", "FieldError", "Me");

    @Test
    void describesEveryOperationWithItsParametersAndRefusals() throws Exception {
        JsonNode api = openApi();
        List<String> undocumented = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        api.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            if (!path.getKey().startsWith("/api/") || path.getKey().equals("/api/me")) {
                return;
            }
            String name = operation.getKey().toUpperCase() + " " + path.getKey();
            checked.add(name);
            JsonNode op = operation.getValue();
            if (blank(op.get("summary")) || blank(op.get("description")) || !op.has("tags")) {
                undocumented.add(name + " (summary/description/tags)");
            }
            for (JsonNode parameter : op.path("parameters")) {
                if (blank(parameter.get("description"))) {
                    undocumented.add(name + " parameter " + parameter.path("name").asText());
                }
            }
            if (path.getKey().contains("{id}") && !op.path("responses").has("404")) {
                undocumented.add(name + " (404)");
            }
        }));
        assertThat(checked).hasSizeGreaterThanOrEqualTo(16).contains("POST /api/leads", "GET /api/leads/{id}/timeline",
                "PUT /api/leads/{id}/onboarding/start", "GET /api/reports/interest");
        assertThat(undocumented).isEmpty();
        assertThat(api.at("/paths/~1api~1leads/post/responses/409/description").asText()).contains("existingId");
        assertThat(api.at("/paths/~1api~1leads~1{id}~1interest/put/responses").has("412")).isTrue();
        String page = api.at("/paths/~1api~1leads/get/responses/200/content/application~1json/schema/$ref").asText();
        JsonNode pageProperties = api.at("/components/schemas/" + page.substring(page.lastIndexOf('/') + 1)
                + "/properties");
        assertThat(iterable(pageProperties)).extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder("items", "page", "size", "totalItems", "totalPages");
    }

    @Test
    void describesEveryFieldOfEverySchema() throws Exception {
        JsonNode schemas = openApi().at("/components/schemas");
        List<String> undocumented = new ArrayList<>();
        assertThat(schemas.has("Lead") && schemas.has("LeadRequest") && schemas.has("Timeline")).isTrue();
        schemas.fields().forEachRemaining(schema -> {
            if (PLATFORM_SCHEMAS.contains(schema.getKey())) {
                return;
            }
            if (schema.getValue().has("enum")) {
                if (blank(schema.getValue().get("description"))) {
                    undocumented.add(schema.getKey());
                }
                return;
            }
            for (Map.Entry<String, JsonNode> property : iterable(schema.getValue().path("properties"))) {
                JsonNode value = property.getValue();
                boolean described = !blank(value.get("description"))
                        || value.path("allOf").findValue("description") != null;
                if (!described) {
                    undocumented.add(schema.getKey() + "." + property.getKey());
                }
            }
        });
        assertThat(undocumented).isEmpty();
        assertThat(schemas.at("/LeadRequest/properties/kvkNumber/examples").toString()).contains("12345678");
    }

    private static JsonNode openApi() throws Exception {
        return new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
    }

    private static boolean blank(JsonNode node) {
        return node == null || node.asText().isBlank();
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }
}
