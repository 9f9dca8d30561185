package nl.totalservice.onboarding.task.inbound;

import nl.totalservice.onboarding.task.followup.Owner;
import nl.totalservice.onboarding.task.intake.MatchingDecision;

import java.util.UUID;

/** Tolerant reader of partner-service's {@code PartnerMatched}: only what task-service uses. */
public record PartnerMatched(UUID decisionId, UUID leadId, String trigger, String rule, UUID partnerId,
                             String partnerName, String explanation, Owner owner, UUID taskId) {

    /** The decision answers a decline of {@link #taskId()}. */
    public boolean afterDecline() {
        return "TASK_DECLINED".equals(trigger);
    }

    /** The decision as intake reads it. */
    public MatchingDecision decision() {
        return MatchingDecision.matched(decisionId, leadId, partnerId, rule, explanation, owner, taskId, afterDecline());
    }
}
