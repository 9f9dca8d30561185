package nl.totalservice.onboarding.task.portal.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.totalservice.onboarding.task.followup.DeclineReason;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why the partner declines. */
@Schema(name = "DeclineRequest", description = "Why the partner declines")
public record DeclineRequest(
        @Schema(description = "Reason code", examples = "NO_CAPACITY")
        @NotNull DeclineReason reason,
        @Schema(description = "Explanation; required for OTHER", maxLength = 2000, examples = "Full until September",
                nullable = true)
        @Size(max = 2000) String note) {
}
