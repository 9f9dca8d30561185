package nl.totalservice.onboarding.task.intake;

import nl.totalservice.onboarding.task.followup.Owner;

import java.util.List;
import java.util.UUID;

/**
 * A routing decision of partner-service, as intake needs it: the partner it suggests (null when no
 * partner fits), the task it answers a decline of (if any) and the note the task's history keeps.
 */
public record MatchingDecision(UUID decisionId, UUID leadId, UUID partnerId, Owner owner, UUID taskId,
                               boolean afterDecline, String note) {

    /** A decision that found a partner ({@code PartnerMatched}). */
    public static MatchingDecision matched(UUID decisionId, UUID leadId, UUID partnerId, String rule, String explanation,
                                           Owner owner, UUID taskId, boolean afterDecline) {
        String note = "Suggested by partner matching (rule " + rule + ")"
                + (explanation == null ? "" : ": " + explanation);
        return new MatchingDecision(decisionId, leadId, partnerId, owner, taskId, afterDecline, note);
    }

    /** A decision that found no partner ({@code NoPartnerAvailable}); the coordinator picks by hand. */
    public static MatchingDecision noPartner(UUID decisionId, UUID leadId, String explanation, List<String> reasons,
                                             Owner owner, UUID taskId) {
        String why = explanation != null && !explanation.isBlank() ? explanation
                : reasons == null ? null : String.join("; ", reasons);
        String note = "No partner available" + (why == null || why.isBlank() ? "" : ": " + why)
                + ". The coordinator picks a partner by hand.";
        return new MatchingDecision(decisionId, leadId, null, owner, taskId, taskId != null, note);
    }
}
