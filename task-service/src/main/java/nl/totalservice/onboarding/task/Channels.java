package nl.totalservice.onboarding.task;

/** Kafka topics and channel names of task-service, used by code and tests alike. */
public final class Channels {

    /** Where task-service publishes (through the outbox), keyed by task id. */
    public static final String TASK_EVENTS = "task-events";
    /** partner-service's topic: partner snapshots and matching decisions. */
    public static final String PARTNER_EVENTS = "partner-events";
    /** lead-service's topic: lead snapshots, interest, withdrawal. */
    public static final String LEAD_EVENTS = "lead-events";

    private Channels() {
    }
}
