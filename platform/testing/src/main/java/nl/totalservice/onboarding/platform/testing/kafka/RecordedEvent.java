package nl.totalservice.onboarding.platform.testing.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A record read from a topic: its key, headers (CloudEvents among them) and JSON body. */
public record RecordedEvent(String topic, int partition, long offset, String key,
                            Map<String, String> headers, String value) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static RecordedEvent of(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null
                    : new String(header.value(), StandardCharsets.UTF_8));
        }
        return new RecordedEvent(record.topic(), record.partition(), record.offset(), record.key(),
                headers, record.value());
    }

    public String id() {
        return headers.get("ce_id");
    }

    public String type() {
        return headers.get("ce_type");
    }

    public String subject() {
        return headers.get("ce_subject");
    }

    public String source() {
        return headers.get("ce_source");
    }

    public String time() {
        return headers.get("ce_time");
    }

    public String header(String name) {
        return headers.get(name);
    }

    /** The body parsed as JSON. */
    public JsonNode json() {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException("Body is not JSON: " + value, e);
        }
    }

    /** A text field of the JSON body, by JSON Pointer ({@code /partnerId}) or field name; null if absent or not JSON. */
    public String field(String pointerOrName) {
        JsonNode body;
        try {
            body = value == null ? null : JSON.readTree(value);
        } catch (IOException e) {
            return null;
        }
        if (body == null) {
            return null;
        }
        JsonNode node = pointerOrName.startsWith("/") ? body.at(pointerOrName) : body.path(pointerOrName);
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }
}
