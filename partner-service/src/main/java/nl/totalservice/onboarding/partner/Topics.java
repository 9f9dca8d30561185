package nl.totalservice.onboarding.partner;

/** Topic and channel names, used by code and tests alike. */
public final class Topics {

    /** What this service publishes: partner changes (key partnerId) and matching decisions (key leadId). */
    public static final String PARTNER_EVENTS = "partner-events";
    /** lead-service's events: interest, onboarded, withdrawn (the channel has the topic's name). */
    public static final String LEAD_EVENTS = "lead-events";
    /** task-service's events: declined, assigned (the channel has the topic's name). */
    public static final String TASK_EVENTS = "task-events";

    private Topics() {
    }
}
