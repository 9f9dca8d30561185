package nl.totalservice.onboarding.task.followup.event;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import nl.totalservice.onboarding.task.followup.CallOutcome;

import java.time.Instant;
import java.util.UUID;

/** Someone tried to phone the partner: reached (done), no answer or call back (rescheduled). */
public record TaskCallRecorded(@JsonUnwrapped TaskFacts facts, UUID callId, UUID partnerId, CallOutcome outcome,
                               Instant callBackAt, String recordedBy, String note) implements TaskEvent {
}
