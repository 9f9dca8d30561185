package nl.totalservice.onboarding.task.followup.event;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import nl.totalservice.onboarding.task.lead.LeadSummary;

import java.util.UUID;

/** The task went back to the coordinator's queue without an answer from the partner who had it. */
public record TaskReturnedToQueue(@JsonUnwrapped TaskFacts facts, UUID partnerId, String reason,
                                  LeadSummary lead) implements TaskEvent {

    /** The only reason so far: the partner neither accepted nor declined in time. */
    public static final String ACCEPT_DEADLINE_MISSED = "ACCEPT_DEADLINE_MISSED";
}
