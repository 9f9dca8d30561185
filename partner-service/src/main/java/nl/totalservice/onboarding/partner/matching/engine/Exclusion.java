package nl.totalservice.onboarding.partner.matching.engine;

/** Why a partner cannot take this lead. */
public enum Exclusion {
    /** The partner is not active. */
    INACTIVE,
    /** The partner has as many customers (and open assignments, when counted) as its capacity. */
    AT_CAPACITY,
    /** The partner takes no new customers today (holiday, closure). */
    UNAVAILABLE,
    /** The partner declined this lead before. */
    DECLINED_THIS_LEAD
}
