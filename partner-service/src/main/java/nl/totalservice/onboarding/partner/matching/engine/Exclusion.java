package nl.totalservice.onboarding.partner.matching.engine;

/** Why a partner cannot take this lead, or (outside its service area) cannot compete for it. */
public enum Exclusion {
    /** The partner is not active. */
    INACTIVE,
    /** The partner has as many customers (and open assignments, when counted) as its capacity. */
    AT_CAPACITY,
    /** The partner takes no new customers today (holiday, closure). */
    UNAVAILABLE,
    /** The partner declined this lead before. */
    DECLINED_THIS_LEAD,
    /**
     * The lead is outside the partner's service area: it takes no part in region and distribution
     * unless no partner's area covers the lead (the decision then widens), but a customer's wish
     * for it still counts. Alone it leaves the partner {@code eligible}.
     */
    OUTSIDE_SERVICE_AREA
}
