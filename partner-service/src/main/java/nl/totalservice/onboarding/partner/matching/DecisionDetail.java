package nl.totalservice.onboarding.partner.matching;

import nl.totalservice.onboarding.partner.matching.engine.CandidateAssessment;
import nl.totalservice.onboarding.partner.matching.engine.SkippedRule;

import java.util.List;

/** The explanatory part of a stored decision (one JSON document). */
public record DecisionDetail(List<CandidateAssessment> candidates, List<SkippedRule> skippedRules,
                             List<String> reasons, DecisionInputs inputs, Owner owner) {
}
