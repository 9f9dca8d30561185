package nl.totalservice.onboarding.partner.matching.engine;

/** How the two region margins combine. */
public enum MarginMode {
    /** The nearest partner must beat the runner-up by the absolute AND the relative margin. */
    BOTH,
    /** Either margin suffices. */
    EITHER
}
