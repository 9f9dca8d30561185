package nl.totalservice.onboarding.lead.onboarding.event;

import nl.totalservice.onboarding.lead.lead.StartMode;
import nl.totalservice.onboarding.lead.lead.event.LeadEvent;

import java.time.Instant;
import java.util.UUID;

/** The start with the partner (step 7) moved to another time (docs/events.md, lead-events). */
public record OnboardingStartRescheduled(UUID eventId, Instant occurredAt, UUID leadId, UUID partnerId,
                                         Instant startAt, Instant previousStartAt, StartMode mode, String reason,
                                         String rescheduledBy) implements LeadEvent {

    @Override
    public String summary() {
        return "Start rescheduled from " + previousStartAt + " to " + startAt + " by " + rescheduledBy
                + (reason == null ? "" : ": " + reason);
    }
}
