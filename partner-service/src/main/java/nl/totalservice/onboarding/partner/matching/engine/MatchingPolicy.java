package nl.totalservice.onboarding.partner.matching.engine;

import java.util.List;

/**
 * The tunable part of the decision (from {@code partner.matching.*}).
 *
 * @param absoluteMarginKm     region: the nearest partner must be at least this many km closer than the runner-up
 * @param relativeMarginPercent region: ... and at least this many percent of the runner-up's distance closer
 * @param marginMode           region: whether both margins must hold, or either
 * @param relativeToCapacity   distribution: compare load as a share of capacity instead of a count
 * @param countOpenAssignments count matched or assigned leads that are not yet onboarded in load and capacity
 * @param candidateListLimit   most candidates listed in a decision (the chosen and the nearest first; the wished and those who declined the lead always)
 * @param defaultRadiusKm      service area: the radius of a partner that has none of its own
 * @param wideningKm           service area: when no partner's area covers the lead, region and distribution
 *                             take the partners within each of these distances in turn (ascending), and
 *                             then the whole country
 */
public record MatchingPolicy(double absoluteMarginKm, double relativeMarginPercent, MarginMode marginMode,
                             boolean relativeToCapacity, boolean countOpenAssignments, int candidateListLimit,
                             double defaultRadiusKm, List<Double> wideningKm) {

    public static final double DEFAULT_RADIUS_KM = 40;
    public static final List<Double> DEFAULT_WIDENING_KM = List.of(60.0, 100.0, 150.0);

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
        if (!(defaultRadiusKm >= 0)) {
            throw new IllegalArgumentException("defaultRadiusKm must not be negative");
        }
        wideningKm = wideningKm == null ? List.of() : List.copyOf(wideningKm);
        for (int i = 0; i < wideningKm.size(); i++) {
            if (!(wideningKm.get(i) > 0) || i > 0 && wideningKm.get(i) <= wideningKm.get(i - 1)) {
                throw new IllegalArgumentException("wideningKm must be positive and ascending: " + wideningKm);
            }
        }
    }

    /** A policy with the default service area (40 km, widening 60, 100, 150 km). */
    public MatchingPolicy(double absoluteMarginKm, double relativeMarginPercent, MarginMode marginMode,
                          boolean relativeToCapacity, boolean countOpenAssignments, int candidateListLimit) {
        this(absoluteMarginKm, relativeMarginPercent, marginMode, relativeToCapacity, countOpenAssignments,
                candidateListLimit, DEFAULT_RADIUS_KM, DEFAULT_WIDENING_KM);
    }

    /** The defaults of {@code partner.matching.*}. */
    public static MatchingPolicy defaults() {
        return new MatchingPolicy(10, 25, MarginMode.BOTH, true, true, 25);
    }

    /** This policy with another service area default and widening. */
    public MatchingPolicy withServiceAreas(double defaultRadiusKm, List<Double> wideningKm) {
        return new MatchingPolicy(absoluteMarginKm, relativeMarginPercent, marginMode, relativeToCapacity,
                countOpenAssignments, candidateListLimit, defaultRadiusKm, wideningKm);
    }
}
