package nl.totalservice.onboarding.lead.lead;

import nl.totalservice.onboarding.platform.web.problem.ProblemException;

/**
 * A customer's answer to the total-service offer: interested, or not interested with a reason
 * (and a note, which "other" needs).
 */
public record InterestDecision(boolean interested, InterestReason reason, String note) {

    /** Checks the combination; each refusal names the request field to fix. */
    public static InterestDecision of(Boolean interested, InterestReason reason, String note) {
        if (interested == null) {
            throw ProblemException.invalidField("interested", "must be true or false");
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (interested && reason != null) {
            throw ProblemException.invalidField("reason", "must be empty when the customer is interested");
        }
        if (!interested && reason == null) {
            throw ProblemException.invalidField("reason", "is required when the customer is not interested");
        }
        if (reason == InterestReason.OTHER && cleanNote == null) {
            throw ProblemException.invalidField("note", "is required when the reason is OTHER");
        }
        return new InterestDecision(interested, reason, cleanNote);
    }
}
