package nl.totalservice.onboarding.task.followup;

/** What happened to a task, as recorded in its history. */
public enum HistoryAction {
    CREATED,
    SUGGESTION_CHANGED,
    /** A matching decision arrived that did not change the task (kept for the record). */
    MATCHING_DECISION_NOTED,
    ASSIGNED,
    ACCEPTED,
    DECLINED,
    CUSTOMER_CONTACTED,
    COMPLETED,
    OVERDUE,
    RETURNED_TO_QUEUE,
    CANCELLED,
    CALL_REQUESTED,
    CALL_RECORDED,
    CALL_ESCALATED,
    CALL_CLOSED
}
