package nl.totalservice.onboarding.task.sales.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why the task is called off. */
@Schema(name = "CancelRequest", description = "Why the task is called off")
public record CancelRequest(
        @Schema(description = "Why", maxLength = 2000, examples = "Customer chose to keep his own accountant")
        @NotBlank @Size(max = 2000) String note) {
}
