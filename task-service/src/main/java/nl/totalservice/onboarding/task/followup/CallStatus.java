package nl.totalservice.onboarding.task.followup;

/** Where a phone call to the partner stands. */
public enum CallStatus {
    /** Still to be made (again). */
    OPEN,
    /** The partner was reached. */
    DONE,
    /** No longer needed: the task left the partner's hands (accepted, declined, returned, cancelled). */
    CLOSED
}
