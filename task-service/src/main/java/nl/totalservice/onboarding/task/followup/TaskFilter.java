package nl.totalservice.onboarding.task.followup;

import java.util.Set;
import java.util.UUID;

/** Which tasks to list; null means "any". */
public record TaskFilter(UUID leadId, String ownerEmail, Set<TaskStatus> statuses, Boolean urgent, TaskType type,
                         UUID partnerId) {

    public static TaskFilter any() {
        return new TaskFilter(null, null, Set.of(), null, null, null);
    }
}
