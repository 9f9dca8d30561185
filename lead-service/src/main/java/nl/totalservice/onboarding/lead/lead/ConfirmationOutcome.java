package nl.totalservice.onboarding.lead.lead;

/** What accepting a follow-up did to a lead. */
public enum ConfirmationOutcome {
    /** The partner is now the lead's confirmed partner. */
    CONFIRMED,
    /** The same partner was already confirmed (for example, a second task). */
    ALREADY_CONFIRMED,
    /** Another partner was confirmed first; that confirmation stands. */
    OTHER_PARTNER_CONFIRMED,
    /** The lead is not (or no longer) interested, or closed: nothing to confirm. */
    LEAD_NOT_READY;

    public boolean applied() {
        return this == CONFIRMED;
    }
}
