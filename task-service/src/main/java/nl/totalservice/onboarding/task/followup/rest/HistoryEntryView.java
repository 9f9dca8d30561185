package nl.totalservice.onboarding.task.followup.rest;

import nl.totalservice.onboarding.task.followup.HistoryAction;
import nl.totalservice.onboarding.task.followup.TaskHistoryEntry;
import nl.totalservice.onboarding.task.followup.TaskStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** One line of a task's history. */
@Schema(name = "TaskHistoryEntry", description = "Who did what to the task, when, and the status it left")
public record HistoryEntryView(
        @Schema(description = "Position in the history, from 1", examples = "2")
        int seq,
        @Schema(description = "When it happened", examples = "2026-07-01T09:30:00Z")
        Instant at,
        @Schema(description = "Who did it: a user, or partner-service / lead-service / task-service for automatic steps",
                examples = "carla@totalservice.nl")
        String actor,
        @Schema(description = "What happened", examples = "ASSIGNED")
        HistoryAction action,
        @Schema(description = "The task's status afterwards", examples = "ASSIGNED")
        TaskStatus statusAfter,
        @Schema(description = "The partner concerned, if any", examples = "5b0e6f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b", nullable = true)
        UUID partnerId,
        @Schema(description = "A reason, outcome or origin code that goes with the action", examples = "NO_CAPACITY", nullable = true)
        String code,
        @Schema(description = "Free text that goes with the action", examples = "Full until September", nullable = true)
        String note) {

    static HistoryEntryView of(TaskHistoryEntry entry) {
        return new HistoryEntryView(entry.seq(), entry.at(), entry.actor(), entry.action(), entry.statusAfter(),
                entry.partnerId(), entry.code(), entry.note());
    }
}
