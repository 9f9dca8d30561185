package nl.totalservice.onboarding.task.followup;

/** How a follow-up ended, as the partner reports it. */
public enum CompletionOutcome implements HistoryCode {
    /** The customer goes ahead with the total service and this partner. */
    CUSTOMER_PROCEEDS,
    /** The customer wants more time; sales takes it from here. */
    CUSTOMER_UNDECIDED,
    /** The customer no longer wants the total service. */
    CUSTOMER_NOT_INTERESTED,
    /** The partner could not reach the customer. */
    CUSTOMER_UNREACHABLE,
    /** Something else: the note says what. */
    OTHER
}
