package nl.totalservice.onboarding.task.followup;

/** What came of one attempt to phone the partner. */
public enum CallOutcome implements HistoryCode {
    /** Spoke to the partner: the call is done. */
    REACHED,
    /** Nobody answered: try again after the configured wait. */
    NO_ANSWER,
    /** The partner asked to be called back at a given time. */
    CALL_BACK
}
