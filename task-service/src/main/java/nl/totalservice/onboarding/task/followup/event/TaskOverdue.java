package nl.totalservice.onboarding.task.followup.event;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import nl.totalservice.onboarding.task.lead.LeadSummary;

import java.time.Instant;
import java.util.UUID;

/**
 * The assigned partner let the accept deadline pass: a reminder should go out, not before
 * {@code deliverAfter} (null: at once) when the partner's office is closed.
 */
public record TaskOverdue(@JsonUnwrapped TaskFacts facts, UUID partnerId, String partnerName, Instant acceptBy,
                          boolean urgent, LeadSummary lead, Instant deliverAfter,
                          String deliverAfterReason) implements TaskEvent {
}
