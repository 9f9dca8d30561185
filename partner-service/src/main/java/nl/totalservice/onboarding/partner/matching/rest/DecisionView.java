package nl.totalservice.onboarding.partner.matching.rest;

import nl.totalservice.onboarding.partner.matching.DecisionDetail;
import nl.totalservice.onboarding.partner.matching.DecisionInputs;
import nl.totalservice.onboarding.partner.matching.MatchDecision;
import nl.totalservice.onboarding.partner.matching.MatchingService;
import nl.totalservice.onboarding.partner.matching.event.Owner;
import nl.totalservice.onboarding.partner.matching.event.Trigger;
import nl.totalservice.onboarding.partner.matching.engine.CandidateAssessment;
import nl.totalservice.onboarding.partner.matching.engine.Decision;
import nl.totalservice.onboarding.partner.matching.engine.Outcome;
import nl.totalservice.onboarding.partner.matching.engine.Reach;
import nl.totalservice.onboarding.partner.matching.engine.Rule;
import nl.totalservice.onboarding.partner.matching.engine.SkippedRule;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A matching decision with its explanation. */
@Schema(name = "Decision", description = "A matching decision: the rule that decided, the chosen partner, every "
        + "candidate (distance, load, exclusions) and why earlier rules did not decide. A preview has no id, lead or trigger.")
public record DecisionView(
        @Schema(description = "Decision id (null for a preview)", examples = "0b7e2c1d-6a2f-4d8e-9c3b-1f2e3d4c5b6a") UUID decisionId,
        @Schema(description = "The lead (null for a preview)", examples = "7d1f9a2e-3b4c-4d5e-8f6a-7b8c9d0e1f2a") UUID leadId,
        @Schema(description = "What made the service decide (null for a preview)", examples = "INTEREST_RECORDED") Trigger trigger,
        @Schema(description = "Whether a partner was found", examples = "MATCHED") Outcome outcome,
        @Schema(description = "The rule that decided (null when no partner is available)", examples = "REGION") Rule rule,
        @Schema(description = "The chosen partner", examples = "5b0e6f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b") UUID partnerId,
        @Schema(description = "The chosen partner's name", examples = "Accountantskantoor Noord B.V.") String partnerName,
        @Schema(description = "One or two sentences for people, with the numbers",
                examples = "Region: Accountantskantoor Noord B.V. is 1.2 km from the lead (the centre of PC4 9711 (Groningen)), clearly closer than the runner-up Zuid Accountants at 265.4 km: 264.2 km and 99.5% closer (needed at least 10.0 km and 25.0%).")
        String explanation,
        @Schema(description = "The candidates: the chosen first, then eligible by distance, then excluded (inactive last); the wished partner always") List<CandidateAssessment> candidates,
        @Schema(description = "Partners beyond the listing limit (partner.matching.candidate-list-limit)", examples = "0") int candidatesOmitted,
        @Schema(description = "The rules before the deciding one, and why they did not decide") List<SkippedRule> skippedRules,
        @Schema(description = "Why no partner is available (empty when matched)") List<String> reasons,
        @Schema(description = "Partners considered", examples = "12") int partnersConsidered,
        @Schema(description = "Of which eligible", examples = "9") int eligiblePartners,
        @Schema(description = "What the decision was a function of: lead location (and its basis), wish, decliners, day, policy") DecisionInputs inputs,
        @Schema(description = "The sales owner of the lead") Owner owner,
        @Schema(description = "The declined task (trigger TASK_DECLINED)", examples = "3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a") UUID taskId,
        @Schema(description = "When it was decided (null for a preview)", examples = "2026-07-01T09:30:00Z") Instant decidedAt,
        @Schema(description = "Among whom region and distribution chose: the partners whose service area covers the "
                + "lead, or (when none does) those within a widened distance, or the whole country; null when the "
                + "customer's wish decided, no partner was available, or the decision predates service areas") Reach reach) {

    public static DecisionView of(MatchDecision decision, DecisionDetail detail) {
        return new DecisionView(decision.id(), decision.leadId(), decision.trigger(), decision.outcome(),
                decision.rule(), decision.partnerId(), decision.partnerName(), decision.explanation(),
                detail.candidates(), decision.candidatesOmitted(), detail.skippedRules(), detail.reasons(),
                decision.partnersConsidered(), decision.eligiblePartners(), detail.inputs(), detail.owner(),
                decision.taskId(), decision.decidedAt(), detail.reach());
    }

    public static DecisionView of(MatchingService.Preview preview) {
        Decision decision = preview.decision();
        return new DecisionView(null, null, null, decision.outcome(), decision.rule(), decision.partnerId(),
                decision.partnerName(), decision.explanation(), decision.candidates(), decision.candidatesOmitted(),
                decision.skippedRules(), decision.reasons(), decision.partnersConsidered(),
                decision.eligiblePartners(), preview.inputs(), null, null, null, decision.reach());
    }
}
