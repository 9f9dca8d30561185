package nl.totalservice.onboarding.lead.lead.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import nl.totalservice.onboarding.platform.messaging.DomainEvent;

import java.util.UUID;

/** An event of the {@code lead-events} topic: keyed by the lead id, and shown on the lead's progress view. */
public interface LeadEvent extends DomainEvent {

    UUID leadId();

    @Override
    @JsonIgnore
    default String aggregateId() {
        return leadId().toString();
    }

    /** One line for people on the lead's progress view. */
    @JsonIgnore
    String summary();
}
