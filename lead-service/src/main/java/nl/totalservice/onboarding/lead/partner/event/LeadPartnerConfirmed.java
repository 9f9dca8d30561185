package nl.totalservice.onboarding.lead.partner.event;

import nl.totalservice.onboarding.lead.lead.event.LeadEvent;

import java.time.Instant;
import java.util.UUID;

/** The partner accepted the follow-up and will deliver the service (docs/events.md, lead-events). */
public record LeadPartnerConfirmed(UUID eventId, Instant occurredAt, UUID leadId, UUID partnerId,
                                   UUID taskId) implements LeadEvent {

    @Override
    public String summary() {
        return "Partner " + partnerId + " confirmed (accepted follow-up task " + taskId + ")";
    }
}
