package nl.totalservice.onboarding.notification.erasure.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import nl.totalservice.onboarding.platform.messaging.DomainEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * notification-service erased what it kept about a lead after {@code LeadErased} (docs/events.md,
 * notification-events, keyed by the lead id): the texts of {@code notifications} notifications and
 * {@code parkedEvents} parked events.
 */
public record LeadDataErased(UUID eventId, Instant occurredAt, UUID leadId, String service, int notifications,
                             int parkedEvents) implements DomainEvent {

    /** The service name every confirmation carries. */
    public static final String SERVICE = "notification-service";

    @Override
    @JsonIgnore
    public String aggregateId() {
        return leadId.toString();
    }
}
