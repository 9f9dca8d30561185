package nl.totalservice.onboarding.task.followup;

/** Why a partner declines a task. */
public enum DeclineReason implements HistoryCode {
    /** No room for new customers now. */
    NO_CAPACITY,
    /** The customer is too far from the partner's office. */
    OUTSIDE_REGION,
    /** The customer's administration or sector is not the partner's expertise. */
    EXPERTISE_MISMATCH,
    /** The partner cannot serve this customer (existing relation with a competitor, family, ...). */
    CONFLICT_OF_INTEREST,
    /** Closed or on holiday in the period that matters. */
    UNAVAILABLE,
    /** Something else: the note says what. */
    OTHER
}
