package nl.totalservice.onboarding.task.followup;

/** How the partner reached the customer. */
public enum ContactChannel implements HistoryCode {
    PHONE,
    EMAIL,
    MEETING,
    VIDEO_CALL
}
