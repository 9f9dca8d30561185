package nl.totalservice.onboarding.partner.matching.engine;

/** Whether a decision found a partner. */
public enum Outcome {
    MATCHED,
    NO_PARTNER_AVAILABLE
}
