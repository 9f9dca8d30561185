package nl.totalservice.onboarding.task.calls.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.totalservice.onboarding.task.followup.CallOutcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** What came of a call to the partner. */
@Schema(name = "CallOutcomeRequest", description = "What came of a call to the partner")
public record CallOutcomeRequest(
        @Schema(description = "REACHED closes the call; NO_ANSWER retries later; CALL_BACK at callBackAt",
                examples = "CALL_BACK")
        @NotNull CallOutcome outcome,
        @Schema(description = "When to call back (required for CALL_BACK, in the future)",
                examples = "2026-07-01T14:00:00Z", nullable = true)
        Instant callBackAt,
        @Schema(description = "Free text", maxLength = 2000, examples = "Partner in a meeting until two", nullable = true)
        @Size(max = 2000) String note) {
}
