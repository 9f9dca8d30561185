package nl.totalservice.onboarding.task.followup;

/** Why a task was called off. */
public enum CancelReason implements HistoryCode {
    /** lead-service reported the lead withdrawn. */
    LEAD_WITHDRAWN,
    /** lead-service recorded that the customer is not interested. */
    LEAD_NOT_INTERESTED,
    /** A sales person cancelled it. */
    CANCELLED_BY_SALES,
    /** The coordinator cancelled it. */
    CANCELLED_BY_COORDINATOR
}
