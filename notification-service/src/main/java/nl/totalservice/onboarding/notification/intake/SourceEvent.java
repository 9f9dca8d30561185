package nl.totalservice.onboarding.notification.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.totalservice.onboarding.platform.messaging.inbox.IncomingEvent;
import nl.totalservice.onboarding.platform.messaging.inbox.UnprocessableEventException;
import nl.totalservice.onboarding.platform.messaging.tracing.TraceContext;

import java.time.Instant;

/**
 * An event that causes notifications, as consumed or as parked: enough to handle it again later.
 * {@code trace} (nullable) is the trace it was consumed in, which a parked event continues when released.
 */
public record SourceEvent(String id, String type, String topic, Instant occurredAt, String payload, TraceContext trace) {

    public static SourceEvent of(IncomingEvent event) {
        return new SourceEvent(event.id(), event.type(), event.topic(), event.time(), event.payload(),
                TraceContext.current());
    }

    /** The body as {@code target} (tolerant); a body that does not fit makes the event unprocessable. */
    public <T> T read(ObjectMapper json, Class<T> target) {
        try {
            T value = json.readValue(payload, target);
            if (value == null) {
                throw new UnprocessableEventException("Event " + id + " has a null body");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new UnprocessableEventException("Event " + id + " (" + type + ") is not a readable "
                    + target.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }
}
