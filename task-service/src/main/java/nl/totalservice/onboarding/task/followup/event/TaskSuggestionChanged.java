package nl.totalservice.onboarding.task.followup.event;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import nl.totalservice.onboarding.task.followup.SuggestionChangeReason;

import java.util.UUID;

/** The partner suggested for a queued task changed (or was cleared: {@code suggestedPartnerId} null). */
public record TaskSuggestionChanged(@JsonUnwrapped TaskFacts facts, UUID suggestedPartnerId,
                                    UUID previousSuggestedPartnerId, UUID decisionId,
                                    SuggestionChangeReason reason) implements TaskEvent {
}
