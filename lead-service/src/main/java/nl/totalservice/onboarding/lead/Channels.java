package nl.totalservice.onboarding.lead;

/** Topics and channel names, used by code, configuration and tests alike. */
public final class Channels {

    /** The topic lead-service publishes (through the outbox), keyed by lead id. */
    public static final String LEAD_EVENTS = "lead-events";
    /** partner-service's decisions (PartnerMatched, NoPartnerAvailable): progress view, proposed partner. */
    public static final String PARTNER_EVENTS = "partner-events";
    /** task-service's follow-up tasks: progress view, partner confirmation (TaskAccepted). */
    public static final String TASK_EVENTS = "task-events";
    /** notification-service's deliveries: progress view. */
    public static final String NOTIFICATION_EVENTS = "notification-events";

    private Channels() {
    }
}
