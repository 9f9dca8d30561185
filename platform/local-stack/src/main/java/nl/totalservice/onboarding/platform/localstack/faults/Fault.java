package nl.totalservice.onboarding.platform.localstack.faults;

import java.util.List;
import java.util.Set;

/** The faults of the suite, in the order they are injected. */
public enum Fault {
    KILL_LEAD_SERVICE(Group.SERVICES, "lead-service killed (SIGKILL) and restarted"),
    KILL_PARTNER_SERVICE(Group.SERVICES, "partner-service killed (SIGKILL) and restarted"),
    KILL_TASK_SERVICE(Group.SERVICES, "task-service killed (SIGKILL) and restarted"),
    KILL_NOTIFICATION_SERVICE(Group.SERVICES, "notification-service killed (SIGKILL) and restarted"),
    KAFKA_KILLED(Group.KAFKA, "Kafka broker killed (SIGKILL), restarted after 20 s"),
    POSTGRES_FAST_STOP(Group.POSTGRES, "PostgreSQL stopped (fast shutdown), restarted after 10 s"),
    POSTGRES_KILLED(Group.POSTGRES, "PostgreSQL killed (SIGKILL, crash recovery), restarted after 5 s"),
    SMTP_OUTAGE(Group.SMTP, "SMTP unreachable 60 s, then 451 for 30 s, then accepting"),
    TWO_INSTANCES(Group.INSTANCES, "a second task-service and notification-service; after 30 s the second "
            + "task-service stopped (SIGTERM) and the second notification-service killed (SIGKILL)");

    /** What {@code --only} selects. */
    public enum Group { SERVICES, KAFKA, POSTGRES, SMTP, INSTANCES }

    private final Group group;
    private final String description;

    Fault(Group group, String description) {
        this.group = group;
        this.description = description;
    }

    public Group group() {
        return group;
    }

    public String description() {
        return description;
    }

    /** The faults of the chosen groups, in order. */
    public static List<Fault> of(Set<Group> groups) {
        return java.util.Arrays.stream(values()).filter(fault -> groups.contains(fault.group)).toList();
    }
}
