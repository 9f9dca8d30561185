package nl.totalservice.onboarding.task.followup.event;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import nl.totalservice.onboarding.task.followup.ReturnReason;
import nl.totalservice.onboarding.task.lead.LeadSummary;

import java.util.UUID;

/** The task went back to the coordinator's queue without an answer from the partner who had it. */
public record TaskReturnedToQueue(@JsonUnwrapped TaskFacts facts, UUID partnerId, ReturnReason reason,
                                  LeadSummary lead) implements TaskEvent {
}
