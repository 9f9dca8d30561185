package nl.totalservice.onboarding.task.followup.rest;

import nl.totalservice.onboarding.task.followup.CallAttempt;
import nl.totalservice.onboarding.task.followup.CallOutcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** One recorded attempt to phone the partner. */
@Schema(name = "CallAttempt", description = "One recorded attempt to phone the partner")
public record CallAttemptView(
        @Schema(description = "When it was recorded", examples = "2026-07-01T10:05:00Z")
        Instant at,
        @Schema(description = "What came of it", examples = "NO_ANSWER")
        CallOutcome outcome,
        @Schema(description = "When the partner asked to be called back (CALL_BACK only)", examples = "2026-07-01T14:00:00Z", nullable = true)
        Instant callBackAt,
        @Schema(description = "Who recorded it", examples = "carla@totalservice.nl")
        String recordedBy,
        @Schema(description = "Free text", examples = "Voicemail, left a message", nullable = true)
        String note) {

    static CallAttemptView of(CallAttempt attempt) {
        return new CallAttemptView(attempt.at(), attempt.outcome(), attempt.callBackAt(), attempt.recordedBy(),
                attempt.note());
    }
}
