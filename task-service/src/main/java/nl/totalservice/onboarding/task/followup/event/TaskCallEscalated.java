package nl.totalservice.onboarding.task.followup.event;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.time.Instant;
import java.util.UUID;

/** A due phone call to the partner was not made in time. */
public record TaskCallEscalated(@JsonUnwrapped TaskFacts facts, UUID callId, UUID partnerId, String assignee,
                                Instant dueAt) implements TaskEvent {
}
