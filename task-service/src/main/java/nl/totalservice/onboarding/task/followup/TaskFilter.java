package nl.totalservice.onboarding.task.followup;

import java.util.Set;
import java.util.UUID;

/**
 * Which tasks to list; null means "any". {@code overdue}: whether the partner let the accept deadline
 * pass; {@code declined}: whether a partner declined the task before.
 */
public record TaskFilter(UUID leadId, String ownerEmail, Set<TaskStatus> statuses, Boolean urgent, TaskType type,
                         UUID partnerId, Boolean overdue, Boolean declined) {

    public static TaskFilter any() {
        return new TaskFilter(null, null, Set.of(), null, null, null, null, null);
    }
}
