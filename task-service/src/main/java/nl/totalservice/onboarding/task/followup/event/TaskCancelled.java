package nl.totalservice.onboarding.task.followup.event;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import nl.totalservice.onboarding.task.followup.CancelReason;

import java.util.UUID;

/** The task was called off; {@code partnerId} is the partner who had it (or null). */
public record TaskCancelled(@JsonUnwrapped TaskFacts facts, CancelReason reason, String note, UUID partnerId,
                            String cancelledBy) implements TaskEvent {
}
