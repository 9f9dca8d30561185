package nl.totalservice.onboarding.platform.testing.contract.compat;

import nl.totalservice.onboarding.platform.testing.yaml.YamlTree;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares an old and a new JSON schema (OpenAPI 3.1 or plain JSON Schema, local {@code $ref}s, {@code allOf}) for
 * changes that break the other side. What a reader holds (a response, an event) must not lose a field nor
 * change a type; what a writer sends (a request) must not need a new field nor lose an enum value.
 */
public final class SchemaCompatibility {

    /** Who consumes the schema's values: the client reads it, or the client writes it. */
    public enum Direction { READ, WRITE }

    private final Map<String, Object> oldRoot;
    private final Map<String, Object> newRoot;
    private final List<String> breaking;
    private final Set<String> visited = new HashSet<>();
    private boolean eventMode;

    public SchemaCompatibility(Map<String, Object> oldRoot, Map<String, Object> newRoot, List<String> breaking) {
        this.oldRoot = oldRoot;
        this.newRoot = newRoot;
        this.breaking = breaking;
    }

    public void compare(Object oldSchema, Object newSchema, Direction direction, String where) {
        String key = direction + "|" + ref(oldSchema) + "|" + ref(newSchema) + "|" + (ref(oldSchema) == null ? where : "");
        if ((ref(oldSchema) != null || ref(newSchema) != null) && !visited.add(key)) {
            return;
        }
        Map<String, Object> before = flatten(oldRoot, oldSchema, 0);
        Map<String, Object> after = flatten(newRoot, newSchema, 0);
        if (before.isEmpty() || after.isEmpty()) {
            return;
        }
        Set<String> oldTypes = types(before);
        Set<String> newTypes = types(after);
        if (!oldTypes.isEmpty() && !newTypes.isEmpty() && !oldTypes.equals(newTypes)) {
            breaking.add("changed type of " + where + ": " + oldTypes + " -> " + newTypes);
            return;
        }
        String oldFormat = YamlTree.string(before, "format");
        String newFormat = YamlTree.string(after, "format");
        if (oldFormat != null && newFormat != null && !oldFormat.equals(newFormat)) {
            breaking.add("changed format of " + where + ": " + oldFormat + " -> " + newFormat);
        }
        compareEnums(before, after, direction, where);
        compareProperties(before, after, direction, where);
        if (before.get("items") != null && after.get("items") != null) {
            compare(before.get("items"), after.get("items"), direction, where + "[]");
        }
    }

    private void compareEnums(Map<String, Object> before, Map<String, Object> after, Direction direction, String where) {
        List<Object> oldValues = YamlTree.list(before, "enum");
        List<Object> newValues = YamlTree.list(after, "enum");
        if (direction == Direction.WRITE && !oldValues.isEmpty() && !newValues.isEmpty()) {
            Set<String> removed = new TreeSet<>();
            oldValues.forEach(value -> removed.add(String.valueOf(value)));
            newValues.forEach(value -> removed.remove(String.valueOf(value)));
            if (!removed.isEmpty()) {
                breaking.add("removed accepted values " + removed + " of " + where);
            }
        } else if (direction == Direction.WRITE && oldValues.isEmpty() && !newValues.isEmpty()) {
            breaking.add("restricted " + where + " to the values " + newValues);
        }
    }

    private void compareProperties(Map<String, Object> before, Map<String, Object> after, Direction direction, String where) {
        Map<String, Object> oldProperties = YamlTree.map(before, "properties");
        Map<String, Object> newProperties = YamlTree.map(after, "properties");
        Set<String> oldRequired = strings(YamlTree.list(before, "required"));
        Set<String> newRequired = strings(YamlTree.list(after, "required"));
        for (String name : oldProperties.keySet()) {
            if (!newProperties.containsKey(name)) {
                if (direction == Direction.READ) {
                    breaking.add("removed field " + where + "." + name);
                }
                continue;
            }
            compare(oldProperties.get(name), newProperties.get(name), direction, where + "." + name);
        }
        for (String name : newRequired) {
            if (!oldRequired.contains(name)) {
                if (direction == Direction.WRITE) {
                    breaking.add("new required field " + where + "." + name);
                } else if (!oldProperties.containsKey(name) && direction == Direction.READ && isEvent()) {
                    breaking.add("new required field " + where + "." + name + " (events already on the topic lack it)");
                }
            }
        }
    }

    /** Events stay on topics: a field that is new and required is missing from the older records a reader replays. */
    public SchemaCompatibility forEvents() {
        this.eventMode = true;
        return this;
    }

    private boolean isEvent() {
        return eventMode;
    }

    private static String ref(Object schema) {
        return YamlTree.string(schema, "$ref");
    }

    /** The schema with its {@code $ref} followed and its {@code allOf} parts merged (properties, required, type). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> flatten(Map<String, Object> root, Object schema, int depth) {
        if (!(schema instanceof Map<?, ?>) || depth > 20) {
            return Map.of();
        }
        Map<String, Object> node = (Map<String, Object>) schema;
        Map<String, Object> result = new LinkedHashMap<>();
        String ref = YamlTree.string(node, "$ref");
        if (ref != null) {
            overlay(result, flatten(root, YamlTree.resolve(root, ref), depth + 1));
        }
        for (Object part : YamlTree.list(node, "allOf")) {
            overlay(result, flatten(root, part, depth + 1));
        }
        Map<String, Object> own = new LinkedHashMap<>(node);
        own.remove("$ref");
        own.remove("allOf");
        overlay(result, own);
        return result;
    }

    /** Lays {@code top} over {@code base}: properties and required names add up, any other key of top wins. */
    private static void overlay(Map<String, Object> base, Map<String, Object> top) {
        top.forEach((key, value) -> {
            if (key.equals("properties")) {
                Map<String, Object> properties = new LinkedHashMap<>(YamlTree.map(base, "properties"));
                properties.putAll(YamlTree.map(top, "properties"));
                base.put("properties", properties);
            } else if (key.equals("required")) {
                Set<Object> required = new LinkedHashSet<>(YamlTree.list(base, "required"));
                required.addAll(YamlTree.list(top, "required"));
                base.put("required", new ArrayList<>(required));
            } else {
                base.put(key, value);
            }
        });
    }

    /** The non-null types: {@code [string, 'null']} and {@code string} with {@code nullable} are both {string}. */
    static Set<String> types(Map<String, Object> schema) {
        Set<String> types = new TreeSet<>();
        Object type = schema.get("type");
        if (type instanceof List<?> list) {
            list.forEach(value -> types.add(String.valueOf(value)));
        } else if (type != null) {
            types.add(String.valueOf(type));
        }
        for (Object alternative : YamlTree.list(schema, "oneOf")) {
            Object t = YamlTree.string(alternative, "type");
            if (t != null) {
                types.add(String.valueOf(t));
            }
        }
        types.remove("null");
        return types;
    }

    private static Set<String> strings(List<Object> values) {
        Set<String> result = new TreeSet<>();
        values.forEach(value -> result.add(String.valueOf(value)));
        return result;
    }
}
