package nl.totalservice.onboarding.task.followup;

/** How the partner reached the customer. */
public enum ContactChannel {
    PHONE,
    EMAIL,
    MEETING,
    VIDEO_CALL
}
