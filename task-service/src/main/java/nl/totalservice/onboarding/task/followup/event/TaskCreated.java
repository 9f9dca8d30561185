package nl.totalservice.onboarding.task.followup.event;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import nl.totalservice.onboarding.task.followup.TaskOrigin;

import java.time.Instant;
import java.util.UUID;

/** A task was opened (from a matching decision or by hand) and waits in the coordinator's queue. */
public record TaskCreated(@JsonUnwrapped TaskFacts facts, TaskOrigin origin, UUID suggestedPartnerId, String notes,
                          boolean urgent, Instant dueAt, String createdBy, UUID decisionId) implements TaskEvent {
}
