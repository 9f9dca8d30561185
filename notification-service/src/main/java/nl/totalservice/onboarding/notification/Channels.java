package nl.totalservice.onboarding.notification;

/** Kafka channels (and topics) this service reads and writes; code and tests use these names. */
public final class Channels {

    /** Task-service's events: assignments, overdue tasks, declines. */
    public static final String TASK_EVENTS = "task-events";
    /** Partner-service's events: partner contact snapshots, matching results. */
    public static final String PARTNER_EVENTS = "partner-events";
    /** Lead-service's events: only LeadErased concerns us (erasure of a lead's personal data). */
    public static final String LEAD_EVENTS = "lead-events";
    /** Our own events (NotificationSent, NotificationFailed), written through the outbox. */
    public static final String NOTIFICATION_EVENTS = "notification-events";

    private Channels() {
    }
}
