package nl.totalservice.onboarding.e2e;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import nl.totalservice.onboarding.platform.testing.kafka.RecordedEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * docs/asyncapi.yaml as a validator: each event body against {@code components.schemas.<ce_type>}
 * (JSON Schema draft-07), each envelope against the conventions (ids, key, time, source).
 */
final class EventCatalog {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> PRODUCERS = Map.of(
            "lead-events", "/lead-service", "partner-events", "/partner-service",
            "task-events", "/task-service", "notification-events", "/notification-service");

    private final JsonNode document;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private EventCatalog(JsonNode document) {
        this.document = document;
    }

    static EventCatalog load(Path root) {
        return new EventCatalog(new YAMLMapper().readTree(root.resolve("docs/asyncapi.yaml").toFile()));
    }

    /** The event types the catalog has messages for, by topic. */
    Set<String> messageTypes() {
        Set<String> types = new TreeSet<>();
        document.path("components").path("messages").propertyNames().forEach(types::add);
        return types;
    }

    /** What is wrong with this recorded event, measured against the catalog; empty when nothing. */
    List<String> violations(RecordedEvent event) {
        List<String> problems = new ArrayList<>();
        String where = event.topic() + " " + event.type() + " " + event.id();
        String type = event.type();
        if (type == null || !document.path("components").path("schemas").has(type)
                || !document.path("components").path("messages").has(type)) {
            problems.add(where + ": type not in the catalog");
            return problems;
        }
        return violations(where, type, JSON.readTree(event.value()), event);
    }

    /** What is wrong with {@code body} as a {@code type}; the envelope is checked when {@code event} is given. */
    List<String> violations(String where, String type, JsonNode body, RecordedEvent event) {
        List<String> problems = new ArrayList<>();
        for (Error error : schema(type).validate(body)) {
            problems.add(where + ": " + error.getInstanceLocation() + " " + error.getMessage());
        }
        if (event != null) {
            expectEqual(problems, where, "ce_id", event.id(), body.path("eventId").asString(null));
            expectEqual(problems, where, "ce_time", event.time(), body.path("occurredAt").asString(null));
            expectEqual(problems, where, "ce_subject", event.subject(), event.key());
            expectEqual(problems, where, "ce_source", event.source(), PRODUCERS.get(event.topic()));
            expectEqual(problems, where, "ce_specversion", event.header("ce_specversion"), "1.0");
            expectEqual(problems, where, "content-type", event.header("content-type"), "application/json");
        }
        return problems;
    }

    private static void expectEqual(List<String> problems, String where, String what, String actual, String expected) {
        if (expected == null || !expected.equals(actual)) {
            problems.add(where + ": " + what + " is " + actual + ", expected " + expected);
        }
    }

    private Schema schema(String type) {
        return schemas.computeIfAbsent(type, name -> {
            ObjectNode root = ((ObjectNode) document).deepCopy();
            root.put("$ref", "#/components/schemas/" + name);
            return registry.getSchema(SchemaLocation.of("https://onboarding.totalservice.nl/asyncapi.yaml"), root);
        });
    }
}
