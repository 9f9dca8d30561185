package nl.totalservice.onboarding.task.followup.event;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import nl.totalservice.onboarding.task.lead.LeadSummary;

import java.time.Instant;
import java.util.UUID;

/**
 * The coordinator gave the task to a partner: everything the notification to the partner needs.
 * {@code deliverAfter} (null: at once) holds the partner's email until its office opens;
 * {@code deliverAfterReason} says why it is closed.
 */
public record TaskAssigned(@JsonUnwrapped TaskFacts facts, UUID partnerId, String partnerName,
                           UUID suggestedPartnerId, String overrideReason, boolean urgent, String notes,
                           Instant dueAt, Instant acceptBy, String assignedBy, LeadSummary lead,
                           Instant deliverAfter, String deliverAfterReason) implements TaskEvent {
}
