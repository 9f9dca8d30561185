package nl.totalservice.onboarding.platform.messaging.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.totalservice.onboarding.platform.messaging.CloudEventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** A consumed event: its CloudEvents attributes from the headers and its JSON body. */
public final class IncomingEvent {

    private final ConsumerRecord<String, String> record;
    private final String id;
    private final String type;
    private final Instant time;
    private final ObjectMapper json;

    private IncomingEvent(ConsumerRecord<String, String> record, String id, String type, Instant time, ObjectMapper json) {
        this.record = record;
        this.id = id;
        this.type = type;
        this.time = time;
        this.json = json;
    }

    /** Reads the envelope; a record without {@code ce_id}, {@code ce_type} or body cannot be handled. */
    public static IncomingEvent of(ConsumerRecord<String, String> record, ObjectMapper json) {
        String id = header(record, CloudEventHeaders.ID);
        String type = header(record, CloudEventHeaders.TYPE);
        if (id == null || id.isBlank()) {
            throw new UnprocessableEventException("Missing required header " + CloudEventHeaders.ID);
        }
        if (type == null || type.isBlank()) {
            throw new UnprocessableEventException("Missing required header " + CloudEventHeaders.TYPE);
        }
        if (record.value() == null) {
            throw new UnprocessableEventException("Event " + id + " has no body");
        }
        return new IncomingEvent(record, id, type, time(header(record, CloudEventHeaders.TIME)), json);
    }

    /** {@code ce_id}: the event's unique id. */
    public String id() {
        return id;
    }

    /** {@code ce_type}, e.g. {@code TaskAssigned}. */
    public String type() {
        return type;
    }

    /** {@code ce_source}, e.g. {@code /task-service}. */
    public String source() {
        return header(record, CloudEventHeaders.SOURCE);
    }

    /** {@code ce_subject}: the aggregate id. */
    public String subject() {
        return header(record, CloudEventHeaders.SUBJECT);
    }

    /** {@code ce_time}: when it happened; null when the producer did not say. */
    public Instant time() {
        return time;
    }

    public String key() {
        return record.key();
    }

    public String topic() {
        return record.topic();
    }

    public int partition() {
        return record.partition();
    }

    public long offset() {
        return record.offset();
    }

    /** The raw JSON body. */
    public String payload() {
        return record.value();
    }

    /**
     * The body as {@code type}: a tolerant read (unknown fields are ignored). A body that does not
     * fit is unprocessable and goes to the dead-letter topic.
     */
    public <T> T payloadAs(Class<T> target) {
        T value;
        try {
            value = json.readValue(record.value(), target);
        } catch (JsonProcessingException e) {
            throw new UnprocessableEventException("Event " + id + " (" + type + ") is not a readable "
                    + target.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
        if (value == null) {
            throw new UnprocessableEventException("Event " + id + " has a null body");
        }
        return value;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Instant time(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new UnprocessableEventException("Header " + CloudEventHeaders.TIME + " is not an ISO-8601 time: " + value);
        }
    }

    @Override
    public String toString() {
        return type + " " + id + " (" + topic() + "/" + partition() + "@" + offset() + ")";
    }
}
