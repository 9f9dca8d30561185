package nl.totalservice.onboarding.lead.erasure.event;

import nl.totalservice.onboarding.lead.lead.Lead;
import nl.totalservice.onboarding.lead.lead.event.LeadEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * The customer's personal data was erased on request (docs/events.md, lead-events): every service
 * removes or anonymises what it keeps of this lead and confirms with {@code LeadDataErased}.
 */
public record LeadErased(UUID eventId, Instant occurredAt, UUID leadId, String requestedBy) implements LeadEvent {

    public static LeadErased of(Lead lead) {
        return new LeadErased(UUID.randomUUID(), lead.erasure().erasedAt(), lead.id(), lead.erasure().erasedBy());
    }

    @Override
    public String summary() {
        return "Erasure of the customer's personal data requested by " + requestedBy;
    }
}
