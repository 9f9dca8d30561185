package nl.totalservice.onboarding.task.followup.event;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import nl.totalservice.onboarding.task.followup.DeclineReason;

import java.util.List;
import java.util.UUID;

/** The assigned partner declined; the task is back in the queue without everyone who declined it. */
public record TaskDeclined(@JsonUnwrapped TaskFacts facts, UUID partnerId, DeclineReason reason, String note,
                           String declinedBy, List<UUID> declinedPartnerIds) implements TaskEvent {
}
