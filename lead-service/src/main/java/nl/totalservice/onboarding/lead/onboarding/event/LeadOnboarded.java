package nl.totalservice.onboarding.lead.onboarding.event;

import nl.totalservice.onboarding.lead.lead.event.LeadEvent;

import java.time.Instant;
import java.util.UUID;

/** All onboarding steps are done: the lead is a customer of the partner (docs/events.md, lead-events). */
public record LeadOnboarded(UUID eventId, Instant occurredAt, UUID leadId, UUID partnerId,
                            Instant onboardedAt) implements LeadEvent {

    @Override
    public String summary() {
        return "Onboarded: the customer starts with partner " + partnerId;
    }
}
