package nl.totalservice.onboarding.partner.erasure.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import nl.totalservice.onboarding.platform.messaging.DomainEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * partner-service erased what it kept of a lead after {@code LeadErased} (docs/events.md,
 * partner-events, keyed by the lead id): its routing input and the inputs of {@code decisions} decisions.
 */
public record LeadDataErased(UUID eventId, Instant occurredAt, UUID leadId, String service, int decisions)
        implements DomainEvent {

    /** The service name every confirmation carries. */
    public static final String SERVICE = "partner-service";

    @Override
    @JsonIgnore
    public String aggregateId() {
        return leadId.toString();
    }
}
