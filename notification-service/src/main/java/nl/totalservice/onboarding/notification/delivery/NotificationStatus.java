package nl.totalservice.onboarding.notification.delivery;

/** Where a notification is in its delivery. */
public enum NotificationStatus {
    /** Waiting for its (next) attempt at {@code nextAttemptAt}. */
    PENDING,
    /** An attempt is in flight; if its sender dies, the claim lapses and it is due again. */
    SENDING,
    /** The SMTP server accepted it. Final. */
    SENT,
    /** Every allowed attempt failed; ops may re-queue it by hand. */
    FAILED
}
