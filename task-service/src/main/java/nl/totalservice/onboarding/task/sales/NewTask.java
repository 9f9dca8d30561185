package nl.totalservice.onboarding.task.sales;

import nl.totalservice.onboarding.task.followup.Owner;
import nl.totalservice.onboarding.task.followup.TaskType;

import java.time.Instant;
import java.util.UUID;

/** What a sales person asks for when opening a task by hand. {@code owner} null: the lead's owner, else the caller. */
public record NewTask(TaskType type, UUID leadId, UUID suggestedPartnerId, String notes, boolean urgent,
                      Instant dueAt, Owner owner) {
}
