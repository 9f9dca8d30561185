package nl.totalservice.onboarding.partner.matching.engine;

/**
 * The tunable part of the decision (from {@code partner.matching.*}).
 *
 * @param absoluteMarginKm     region: the nearest partner must be at least this many km closer than the runner-up
 * @param relativeMarginPercent region: ... and at least this many percent of the runner-up's distance closer
 * @param marginMode           region: whether both margins must hold, or either
 * @param relativeToCapacity   distribution: compare load as a share of capacity instead of a count
 * @param countOpenAssignments count matched or assigned leads that are not yet onboarded in load and capacity
 * @param candidateListLimit   most candidates listed in a decision (the chosen, the wished and the nearest come first)
 */
public record MatchingPolicy(double absoluteMarginKm, double relativeMarginPercent, MarginMode marginMode,
                             boolean relativeToCapacity, boolean countOpenAssignments, int candidateListLimit) {

    public MatchingPolicy {
        if (absoluteMarginKm < 0 || relativeMarginPercent < 0 || relativeMarginPercent > 100) {
            throw new IllegalArgumentException("Region margins must be >= 0 km and between 0 and 100 %");
        }
        if (marginMode == null) {
            throw new IllegalArgumentException("marginMode is required");
        }
        if (candidateListLimit < 2) {
            throw new IllegalArgumentException("candidateListLimit must be at least 2");
        }
    }

    /** The defaults of {@code partner.matching.*}. */
    public static MatchingPolicy defaults() {
        return new MatchingPolicy(10, 25, MarginMode.BOTH, true, true, 100);
    }
}
