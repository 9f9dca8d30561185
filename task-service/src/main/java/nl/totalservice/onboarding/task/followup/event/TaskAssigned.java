package nl.totalservice.onboarding.task.followup.event;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import nl.totalservice.onboarding.task.lead.LeadSummary;

import java.time.Instant;
import java.util.UUID;

/** The coordinator gave the task to a partner: everything the notification to the partner needs. */
public record TaskAssigned(@JsonUnwrapped TaskFacts facts, UUID partnerId, String partnerName,
                           UUID suggestedPartnerId, String overrideReason, boolean urgent, String notes,
                           Instant dueAt, Instant acceptBy, String assignedBy, LeadSummary lead) implements TaskEvent {
}
