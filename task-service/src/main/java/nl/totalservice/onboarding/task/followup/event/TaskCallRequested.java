package nl.totalservice.onboarding.task.followup.event;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.time.Instant;
import java.util.UUID;

/** An urgent assignment needs a phone call to the partner by {@code assignee}. */
public record TaskCallRequested(@JsonUnwrapped TaskFacts facts, UUID callId, UUID partnerId, String assignee,
                                Instant dueAt) implements TaskEvent {
}
