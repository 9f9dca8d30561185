package nl.totalservice.onboarding.task.followup.event;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import nl.totalservice.onboarding.task.followup.CompletionOutcome;

import java.util.UUID;

/** The partner closed the follow-up with an outcome. */
public record TaskCompleted(@JsonUnwrapped TaskFacts facts, UUID partnerId, CompletionOutcome outcome,
                            String note) implements TaskEvent {
}
