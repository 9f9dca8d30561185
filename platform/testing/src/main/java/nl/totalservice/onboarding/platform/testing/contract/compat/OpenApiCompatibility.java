package nl.totalservice.onboarding.platform.testing.contract.compat;

import nl.totalservice.onboarding.platform.testing.yaml.YamlTree;
import nl.totalservice.onboarding.platform.testing.contract.compat.SchemaCompatibility.Direction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The changes between two OpenAPI documents that break a client built on the older one: a removed path or
 * operation, a removed success response, a removed response field, a new required request field or
 * parameter, a changed type or format, a removed enum value a client may send. Everything else (additions,
 * texts, examples, new optional fields, new enum values in responses) is compatible.
 */
public final class OpenApiCompatibility {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private OpenApiCompatibility() {
    }

    public static List<String> breakingChanges(Map<String, Object> saved, Map<String, Object> live) {
        List<String> breaking = new ArrayList<>();
        SchemaCompatibility schemas = new SchemaCompatibility(saved, live, breaking);
        Map<String, Object> livePaths = YamlTree.map(live, "paths");
        YamlTree.map(saved, "paths").forEach((path, savedItem) -> {
            if (!livePaths.containsKey(path)) {
                breaking.add("removed path " + path);
                return;
            }
            Object liveItem = livePaths.get(path);
            // In the saved document's order, so the report is the same on every run (a Set.of iterates randomly).
            for (Map.Entry<String, Object> savedOperation : YamlTree.map(savedItem).entrySet()) {
                String method = savedOperation.getKey();
                Object before = savedOperation.getValue();
                if (!METHODS.contains(method) || YamlTree.map(before).isEmpty()) {
                    continue;
                }
                Map<String, Object> after = YamlTree.map(liveItem, method);
                String operation = method.toUpperCase() + " " + path;
                if (after.isEmpty()) {
                    breaking.add("removed operation " + operation);
                    continue;
                }
                compareOperation(schemas, breaking, operation, before, after);
            }
        });
        return breaking;
    }

    private static void compareOperation(SchemaCompatibility schemas, List<String> breaking, String operation,
                                         Object before, Map<String, Object> after) {
        Map<String, Object> oldParameters = parameters(before);
        parameters(after).forEach((key, parameter) -> {
            Object old = oldParameters.get(key);
            boolean required = Boolean.TRUE.equals(((Map<?, ?>) parameter).get("required"));
            if (required && (old == null || !Boolean.TRUE.equals(((Map<?, ?>) old).get("required")))) {
                breaking.add("new required parameter " + key + " of " + operation);
            }
            if (old != null) {
                schemas.compare(YamlTree.map(old, "schema"), YamlTree.map(parameter, "schema"), Direction.WRITE,
                        operation + " parameter " + key);
            }
        });
        Map<String, Object> oldBody = YamlTree.map(before, "requestBody");
        Map<String, Object> newBody = YamlTree.map(after, "requestBody");
        if (oldBody.isEmpty() && Boolean.TRUE.equals(newBody.get("required"))) {
            breaking.add("new required request body of " + operation);
        }
        schemas.compare(jsonSchema(oldBody), jsonSchema(newBody), Direction.WRITE, operation + " request");
        Map<String, Object> newResponses = YamlTree.map(after, "responses");
        YamlTree.map(before, "responses").forEach((status, response) -> {
            if (!status.startsWith("2")) {
                return;
            }
            if (!newResponses.containsKey(status)) {
                breaking.add("removed response " + status + " of " + operation);
                return;
            }
            schemas.compare(jsonSchema(response), jsonSchema(newResponses.get(status)), Direction.READ,
                    operation + " response " + status);
        });
    }

    private static Map<String, Object> parameters(Object operation) {
        Map<String, Object> byKey = new LinkedHashMap<>();
        for (Object parameter : YamlTree.list(operation, "parameters")) {
            byKey.put(YamlTree.string(parameter, "in") + ":" + YamlTree.string(parameter, "name"), parameter);
        }
        return byKey;
    }

    /** The schema of the JSON content (any JSON media type), or null. */
    private static Object jsonSchema(Object bodyOrResponse) {
        for (Map.Entry<String, Object> content : YamlTree.map(bodyOrResponse, "content").entrySet()) {
            if (content.getKey().contains("json")) {
                return YamlTree.map(content.getValue(), "schema");
            }
        }
        return null;
    }
}
