package nl.totalservice.onboarding.task.erasure.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import nl.totalservice.onboarding.platform.messaging.DomainEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * task-service erased what it kept of a lead after {@code LeadErased} (docs/events.md, task-events,
 * keyed by the lead id): its copy of the lead and the customer texts of {@code tasks} tasks.
 */
public record LeadDataErased(UUID eventId, Instant occurredAt, UUID leadId, String service, int tasks)
        implements DomainEvent {

    /** The service name every confirmation carries. */
    public static final String SERVICE = "task-service";

    @Override
    @JsonIgnore
    public String aggregateId() {
        return leadId.toString();
    }
}
