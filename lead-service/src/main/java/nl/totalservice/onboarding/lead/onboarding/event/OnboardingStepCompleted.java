package nl.totalservice.onboarding.lead.onboarding.event;

import nl.totalservice.onboarding.lead.lead.OnboardingStep;
import nl.totalservice.onboarding.lead.lead.event.LeadEvent;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An onboarding step (4 to 7) was completed (docs/events.md, lead-events). {@code details} holds
 * the step's data; see {@code StepDetails} for the members per step.
 */
public record OnboardingStepCompleted(UUID eventId, Instant occurredAt, UUID leadId, OnboardingStep step,
                                      String completedBy, Map<String, Object> details) implements LeadEvent {

    public static OnboardingStepCompleted of(UUID leadId, OnboardingStep step, String completedBy, Instant at,
                                             Map<String, Object> details) {
        return new OnboardingStepCompleted(UUID.randomUUID(), at, leadId, step, completedBy, details);
    }

    @Override
    public String summary() {
        return "Onboarding step " + step.processStep() + " (" + step + ") completed by " + completedBy;
    }
}
