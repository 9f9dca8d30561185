package nl.totalservice.onboarding.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import nl.totalservice.onboarding.portal.api.LeadApi;
import nl.totalservice.onboarding.portal.api.Page;
import nl.totalservice.onboarding.portal.api.PartnerApi;
import nl.totalservice.onboarding.portal.api.TaskApi;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal is built on the services' published OpenAPI documents only: every path, method, parameter and
 * JSON field its REST clients use must be in the document the running service serves at {@code /q/openapi}.
 */
class PortalApiContractTest extends EndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyCallAndFieldThePortalUsesOfLeadServiceIsInItsOpenApi() {
        assertThat(violations(LeadApi.class, system.lead())).isEmpty();
    }

    @Test
    void everyCallAndFieldThePortalUsesOfPartnerServiceIsInItsOpenApi() {
        assertThat(violations(PartnerApi.class, system.partner())).isEmpty();
    }

    @Test
    void everyCallAndFieldThePortalUsesOfTaskServiceIsInItsOpenApi() {
        assertThat(violations(TaskApi.class, system.task())).isEmpty();
    }

    private static List<String> violations(Class<?> api, String baseUrl) {
        JsonNode document = read(given().baseUri(baseUrl).queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
        List<String> problems = new ArrayList<>();
        for (Method method : api.getDeclaredMethods()) {
            String path = method.getAnnotation(Path.class).value();
            String verb = verb(method);
            JsonNode operation = document.path("paths").path(path).path(verb);
            String where = verb.toUpperCase() + " " + path;
            if (operation.isMissingNode()) {
                problems.add(where + ": no such operation");
                continue;
            }
            for (Parameter parameter : method.getParameters()) {
                QueryParam query = parameter.getAnnotation(QueryParam.class);
                PathParam pathParam = parameter.getAnnotation(PathParam.class);
                if (query != null && !hasParameter(operation, query.value(), "query")) {
                    problems.add(where + ": no query parameter " + query.value());
                } else if (pathParam != null && !hasParameter(operation, pathParam.value(), "path")) {
                    problems.add(where + ": no path parameter " + pathParam.value());
                } else if (parameter.getAnnotations().length == 0) {
                    JsonNode body = operation.path("requestBody").path("content").path("application/json").path("schema");
                    fields(document, parameter.getParameterizedType(), body, where + " body", problems);
                }
            }
            fields(document, method.getGenericReturnType(), answer(operation), where + " answer", problems);
        }
        return problems;
    }

    /** Every component of the portal's record must be a property of the schema, recursively. */
    private static void fields(JsonNode document, Type type, JsonNode schema, String where, List<String> problems) {
        JsonNode resolved = resolve(document, schema);
        if (resolved.isMissingNode()) {
            problems.add(where + ": no JSON schema");
            return;
        }
        if (type instanceof ParameterizedType generic) {
            Class<?> raw = (Class<?>) generic.getRawType();
            Type argument = generic.getActualTypeArguments()[0];
            if (raw == Page.class) {
                fields(document, Page.class, resolved, where, problems);
                fields(document, argument, resolve(document, properties(document, resolved).path("items")).path("items"),
                        where + ".items[]", problems);
            } else if (Collection.class.isAssignableFrom(raw)) {
                fields(document, argument, resolved.path("items"), where + "[]", problems);
            }
            return;
        }
        if (!(type instanceof Class<?> record) || !record.isRecord()) {
            return;
        }
        JsonNode properties = properties(document, resolved);
        for (RecordComponent component : record.getRecordComponents()) {
            JsonNode property = properties.path(component.getName());
            if (property.isMissingNode()) {
                problems.add(where + ": no field " + component.getName() + " (" + record.getSimpleName() + ")");
            } else if (component.getGenericType() instanceof ParameterizedType
                    || (component.getType().isRecord() && component.getType() != record)) {
                fields(document, component.getGenericType(), property, where + "." + component.getName(), problems);
            }
        }
    }

    /** The schema's properties, through {@code $ref}, {@code allOf}, {@code anyOf} and {@code oneOf}. */
    private static JsonNode properties(JsonNode document, JsonNode schema) {
        com.fasterxml.jackson.databind.node.ObjectNode merged = JSON.createObjectNode();
        JsonNode resolved = resolve(document, schema);
        if (resolved.has("properties")) {
            merged.setAll((com.fasterxml.jackson.databind.node.ObjectNode) resolved.get("properties"));
        }
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            for (JsonNode part : resolved.path(combinator)) {
                merged.setAll((com.fasterxml.jackson.databind.node.ObjectNode) properties(document, part));
            }
        }
        return merged;
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        JsonNode current = schema;
        while (current.has("$ref")) {
            String ref = current.get("$ref").asText();
            current = document.at(ref.substring(1));
        }
        // a nullable reference: anyOf [{$ref}, {type: null}]
        for (String combinator : List.of("anyOf", "oneOf")) {
            if (current.has(combinator) && !current.has("properties")) {
                for (JsonNode part : current.get(combinator)) {
                    if (!"null".equals(part.path("type").asText())) {
                        JsonNode inner = resolve(document, part);
                        if (inner.has("properties") || inner.has("items")) {
                            return inner;
                        }
                    }
                }
            }
        }
        return current;
    }

    private static JsonNode answer(JsonNode operation) {
        Iterator<Map.Entry<String, JsonNode>> responses = operation.path("responses").fields();
        while (responses.hasNext()) {
            Map.Entry<String, JsonNode> response = responses.next();
            if (response.getKey().startsWith("2")) {
                return response.getValue().path("content").path("application/json").path("schema");
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static boolean hasParameter(JsonNode operation, String name, String in) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (name.equals(parameter.path("name").asText()) && in.equals(parameter.path("in").asText())) {
                return true;
            }
        }
        return false;
    }

    private static String verb(Method method) {
        if (method.isAnnotationPresent(GET.class)) {
            return "get";
        }
        if (method.isAnnotationPresent(POST.class)) {
            return "post";
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return "put";
        }
        if (method.isAnnotationPresent(DELETE.class)) {
            return "delete";
        }
        throw new IllegalArgumentException(method + " has no HTTP method");
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Unreadable OpenAPI document", e);
        }
    }
}
