package nl.totalservice.onboarding.partner.matching.engine;

import java.util.List;
import java.util.UUID;

/**
 * The outcome of one decision and everything needed to explain it.
 *
 * @param rule               the deciding rule (null when no partner is available)
 * @param candidates         the partners, the chosen first, then eligible ones by distance, then the rest
 * @param candidatesOmitted  partners beyond the listing limit (counted, not listed)
 * @param skippedRules       the earlier rules and why they did not decide
 * @param reasons            why no partner is available (empty when matched)
 * @param reach              among whom region and distribution chose (null when the wish or nobody decided)
 */
public record Decision(Outcome outcome, Rule rule, UUID partnerId, String partnerName, String explanation,
                       List<CandidateAssessment> candidates, int candidatesOmitted, List<SkippedRule> skippedRules,
                       List<String> reasons, int partnersConsidered, int eligiblePartners, Reach reach) {

    public boolean matched() {
        return outcome == Outcome.MATCHED;
    }
}
