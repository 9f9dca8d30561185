package nl.totalservice.onboarding.partner.matching;

import nl.totalservice.onboarding.partner.matching.engine.CandidateAssessment;
import nl.totalservice.onboarding.partner.matching.engine.Reach;
import nl.totalservice.onboarding.partner.matching.engine.SkippedRule;
import nl.totalservice.onboarding.partner.matching.event.Owner;

import java.util.List;

/**
 * The explanatory part of a stored decision (one JSON document).
 *
 * @param reach among whom region and distribution chose (null for a wish, no partner, or an older decision)
 */
public record DecisionDetail(List<CandidateAssessment> candidates, List<SkippedRule> skippedRules,
                             List<String> reasons, DecisionInputs inputs, Owner owner, Reach reach) {
}
