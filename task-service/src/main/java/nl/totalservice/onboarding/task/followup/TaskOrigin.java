package nl.totalservice.onboarding.task.followup;

/** How a task came to be. */
public enum TaskOrigin implements HistoryCode {
    /** Opened by task-service from partner-service's matching decision. */
    MATCHED,
    /** Opened by a sales person by hand. */
    MANUAL
}
