package nl.totalservice.onboarding.task.followup.event;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import nl.totalservice.onboarding.task.lead.LeadSummary;

import java.time.Instant;
import java.util.UUID;

/** The assigned partner let the accept deadline pass: a reminder should go out. */
public record TaskOverdue(@JsonUnwrapped TaskFacts facts, UUID partnerId, String partnerName, Instant acceptBy,
                          boolean urgent, LeadSummary lead) implements TaskEvent {
}
