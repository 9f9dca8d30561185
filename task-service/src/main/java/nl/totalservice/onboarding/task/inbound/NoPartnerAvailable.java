package nl.totalservice.onboarding.task.inbound;

import nl.totalservice.onboarding.task.followup.Owner;
import nl.totalservice.onboarding.task.intake.MatchingDecision;

import java.util.List;
import java.util.UUID;

/** Tolerant reader of partner-service's {@code NoPartnerAvailable}. */
public record NoPartnerAvailable(UUID decisionId, UUID leadId, String trigger, List<String> reasons,
                                 String explanation, Owner owner, UUID taskId) {

    /** The decision as intake reads it. */
    public MatchingDecision decision() {
        return MatchingDecision.noPartner(decisionId, leadId, explanation, reasons, owner, taskId);
    }
}
