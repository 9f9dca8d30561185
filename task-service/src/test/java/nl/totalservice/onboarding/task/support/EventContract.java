package nl.totalservice.onboarding.task.support;

import com.fasterxml.jackson.databind.JsonNode;
import nl.totalservice.onboarding.platform.testing.kafka.RecordedEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The task-events rows of docs/events.md, read from the document itself, so a published event that
 * drifts from the contract (a field missing, renamed or undocumented) fails the test that saw it.
 */
public final class EventContract {

    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");
    private static final Pattern ENUM_VALUE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Set<String> ENUM_FIELDS = Set.of("taskType", "status", "origin", "reason", "outcome", "channel");
    private static final Set<String> LEAD_SUMMARY = Set.of("companyName", "contactName", "email", "phone", "postcode", "city");
    private static final Map<String, Set<String>> FIELDS = read();

    private EventContract() {
    }

    /** Every task event type the contract names. */
    public static Set<String> types() {
        return FIELDS.keySet();
    }

    /** Fails unless the recorded event has exactly the envelope and body fields the contract gives its type. */
    public static RecordedEvent check(RecordedEvent event) {
        String type = event.type();
        assertThat(FIELDS).as("docs/events.md documents %s", type).containsKey(type);
        JsonNode body = event.json();
        assertThat(event.header("ce_specversion")).isEqualTo("1.0");
        assertThat(event.header("ce_source")).isEqualTo("/task-service");
        assertThat(event.header("content-type")).isEqualTo("application/json");
        assertThat(event.id()).isEqualTo(body.path("eventId").asText());
        assertThat(event.key()).isEqualTo(body.path("taskId").asText()).isEqualTo(event.subject());
        assertThat(Instant.parse(event.time())).isEqualTo(Instant.parse(body.path("occurredAt").asText()));
        assertThat(names(body)).as("fields of %s", type).containsExactlyInAnyOrderElementsOf(FIELDS.get(type));
        JsonNode owner = body.path("owner");
        if (!owner.isNull()) {
            assertThat(names(owner)).as("owner of %s", type).containsExactlyInAnyOrder("email", "name");
        }
        if (body.has("lead")) {
            assertThat(names(body.path("lead"))).as("lead of %s", type).containsExactlyInAnyOrderElementsOf(LEAD_SUMMARY);
        }
        for (String field : ENUM_FIELDS) {
            if (body.hasNonNull(field)) {
                assertThat(body.path(field).asText()).as("%s.%s", type, field).matches(ENUM_VALUE);
            }
        }
        return event;
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new LinkedHashSet<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    private static Map<String, Set<String>> read() {
        String doc;
        try {
            doc = Files.readString(Path.of("..", "docs", "events.md"));
        } catch (IOException e) {
            throw new UncheckedIOException("docs/events.md is the contract; run the tests from the module directory", e);
        }
        String section = doc.substring(doc.indexOf("## `task-events`"));
        section = section.substring(0, section.indexOf("\n## ", 3));
        String common = section.substring(section.indexOf("Every task event has"), section.indexOf("`owner`") + 7);
        Set<String> commonFields = new LinkedHashSet<>(List.of("eventId", "occurredAt"));
        commonFields.addAll(fieldNames(common));
        Map<String, Set<String>> fields = new HashMap<>();
        for (String line : section.lines().toList()) {
            String[] cells = line.split("\\|");
            if (cells.length < 4 || !cells[1].strip().startsWith("`Task")) {
                continue;
            }
            Set<String> all = new LinkedHashSet<>(commonFields);
            all.addAll(fieldNames(cells[2]));
            fields.put(cells[1].strip().replace("`", ""), all);
        }
        return Map.copyOf(fields);
    }

    /** Backticked words that start lower-case are fields; UPPER_SNAKE ones are values. */
    private static Set<String> fieldNames(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = BACKTICKED.matcher(text);
        while (matcher.find()) {
            String token = matcher.group(1);
            if (Character.isLowerCase(token.charAt(0))) {
                names.add(token);
            }
        }
        return names;
    }
}
