package nl.totalservice.onboarding.platform.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** The malformed (and now and then plausible) values the fuzzer puts in paths, queries and bodies. */
final class Values {

    /** A value as sent ({@code text}, already encoded for a URL where it goes into one) and what is wrong with it. */
    record Value(String text, String flaw) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Values() {
    }

    static Value pathValue(Random random, JsonNode schema) {
        return switch (random.nextInt(9)) {
            case 0 -> new Value("%20", "blank");
            case 1 -> new Value("%09%20", "whitespace");
            case 2 -> new Value("not-a-uuid", "malformed");
            case 3 -> new Value("x".repeat(5000), "huge");
            case 4 -> new Value(encode("1' OR '1'='1"), "injection");
            case 5 -> new Value("12345678901234567890", "number");
            case 6 -> new Value(encode("é😀"), "unicode");
            case 7 -> new Value(encode("../../q/health"), "traversal");
            default -> new Value(UUID.randomUUID().toString(), "foreign id");
        };
    }

    static Value queryValue(Random random, JsonNode schema) {
        String type = schema == null ? "string" : schema.path("type").asText("string");
        String format = schema == null ? "" : schema.path("format").asText("");
        int pick = random.nextInt(10);
        if (pick == 0) {
            return new Value("x".repeat(5000), "huge");
        }
        if (pick == 1) {
            return new Value("", "empty");
        }
        if (pick == 2) {
            return new Value(encode(plausible(schema, random, 0).asText()), "plausible");
        }
        if (schema != null && schema.has("enum")) {
            return new Value(random.nextBoolean() ? "NOPE" : encode(schema.get("enum").get(0).asText().toLowerCase()), "not in enum");
        }
        return switch (type) {
            case "integer", "number" -> List.of(new Value("abc", "not a number"), new Value("-1", "negative"),
                    new Value("99999999999999999999", "overflow"), new Value("1.5", "fraction"),
                    new Value("1e400", "exponent")).get(random.nextInt(5));
            case "boolean" -> new Value("maybe", "not a boolean");
            case "array" -> new Value(encode(",,,"), "empty items");
            default -> switch (format) {
                case "uuid" -> new Value("not-a-uuid", "malformed uuid");
                case "date" -> new Value(random.nextBoolean() ? "2026-13-45" : "yesterday", "bad date");
                case "date-time" -> new Value(random.nextBoolean() ? "2026-02-30T25:61:00Z" : "now", "bad date-time");
                default -> new Value(encode(random.nextBoolean() ? "%00'\"<script>" : "a".repeat(600)), "odd text");
            };
        };
    }

    static Value body(Random random, JsonNode schema, UnaryOperator<JsonNode> resolve) {
        switch (random.nextInt(12)) {
            case 0:
                return new Value("{\"unfinished\": ", "broken JSON");
            case 1:
                return new Value("", "empty");
            case 2:
                return new Value("null", "null");
            case 3:
                return new Value("[" .repeat(5000) + "]".repeat(5000), "deep nesting");
            case 4:
                return new Value("{\"x\":\"" + "y".repeat(300_000) + "\"}", "over the size limit");
            case 5:
                return new Value(random.nextBoolean() ? "[]" : "\"text\"", "not an object");
            case 6:
                return new Value("{}", "nothing filled in");
            default:
                break;
        }
        if (schema == null) {
            return new Value("{\"unexpected\":true}", "body where none is expected");
        }
        ObjectNode valid = plausibleObject(schema, random, resolve, 0);
        List<String> fields = new ArrayList<>();
        resolve.apply(schema).path("properties").fieldNames().forEachRemaining(fields::add);
        if (fields.isEmpty()) {
            return new Value(write(valid), "plausible");
        }
        String field = fields.get(random.nextInt(fields.size()));
        JsonNode fieldSchema = resolve.apply(resolve.apply(schema).path("properties").path(field));
        String flaw;
        switch (random.nextInt(5)) {
            case 0 -> {
                valid.set(field, wrongType(fieldSchema));
                flaw = field + " of the wrong type";
            }
            case 1 -> {
                valid.put(field, "z".repeat(20_000));
                flaw = field + " huge";
            }
            case 2 -> {
                valid.putNull(field);
                flaw = field + " null";
            }
            case 3 -> {
                valid.put(field, 1e308 * 10);
                flaw = field + " out of range";
            }
            default -> {
                for (String each : fields) {
                    valid.set(each, wrongType(resolve.apply(resolve.apply(schema).path("properties").path(each))));
                }
                flaw = "every field of the wrong type";
            }
        }
        return new Value(write(valid), flaw);
    }

    private static JsonNode wrongType(JsonNode schema) {
        String type = schema == null ? "" : schema.path("type").asText("");
        return switch (type) {
            case "string" -> schema.has("enum") ? NODES.textNode("NOPE")
                    : schema.path("format").asText("").isEmpty() ? NODES.numberNode(12345) : NODES.textNode("not-a-" + schema.path("format").asText());
            case "integer", "number" -> NODES.textNode("abc");
            case "boolean" -> NODES.textNode("yes");
            case "array" -> NODES.objectNode().put("not", "an array");
            default -> NODES.textNode("not an object");
        };
    }

    private static ObjectNode plausibleObject(JsonNode schema, Random random, UnaryOperator<JsonNode> resolve, int depth) {
        ObjectNode object = NODES.objectNode();
        JsonNode resolved = resolve.apply(schema);
        if (resolved == null) {
            return object;
        }
        resolved.path("properties").fields().forEachRemaining(property -> {
            JsonNode propertySchema = resolve.apply(property.getValue());
            if (propertySchema != null && "object".equals(propertySchema.path("type").asText()) && depth < 3) {
                object.set(property.getKey(), plausibleObject(propertySchema, random, resolve, depth + 1));
            } else {
                object.set(property.getKey(), plausible(propertySchema, random, depth));
            }
        });
        return object;
    }

    private static JsonNode plausible(JsonNode schema, Random random, int depth) {
        if (schema == null) {
            return NODES.textNode("x");
        }
        if (schema.has("enum") && !schema.get("enum").isEmpty()) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size()));
        }
        return switch (schema.path("type").asText("string")) {
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(1.5);
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                yield array;
            }
            default -> switch (schema.path("format").asText("")) {
                case "uuid" -> NODES.textNode(UUID.randomUUID().toString());
                case "date" -> NODES.textNode("2026-01-01");
                case "date-time" -> NODES.textNode("2026-01-01T10:00:00Z");
                default -> NODES.textNode("x");
            };
        };
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
