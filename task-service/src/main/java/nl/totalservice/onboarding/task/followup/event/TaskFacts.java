package nl.totalservice.onboarding.task.followup.event;

import nl.totalservice.onboarding.task.followup.FollowUpTask;
import nl.totalservice.onboarding.task.followup.Owner;
import nl.totalservice.onboarding.task.followup.TaskStatus;
import nl.totalservice.onboarding.task.followup.TaskType;

import java.time.Instant;
import java.util.UUID;

/** What every task event carries: its id and time, and the task's identity, type, status after the event and owner. */
public record TaskFacts(UUID eventId, Instant occurredAt, UUID taskId, UUID leadId, TaskType taskType,
                        TaskStatus status, Owner owner) {

    /** The facts of a new event about {@code task} as it is now. */
    public static TaskFacts of(FollowUpTask task, Instant occurredAt) {
        return new TaskFacts(UUID.randomUUID(), occurredAt, task.id(), task.leadId(), task.type(), task.status(),
                task.owner());
    }
}
