package nl.totalservice.onboarding.task.portal.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.totalservice.onboarding.task.followup.CompletionOutcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the follow-up ended. */
@Schema(name = "CompleteRequest", description = "How the follow-up ended")
public record CompleteRequest(
        @Schema(description = "Outcome code", examples = "CUSTOMER_PROCEEDS")
        @NotNull CompletionOutcome outcome,
        @Schema(description = "Explanation; required for OTHER", maxLength = 2000,
                examples = "Engagement letter sent", nullable = true)
        @Size(max = 2000) String note) {
}
