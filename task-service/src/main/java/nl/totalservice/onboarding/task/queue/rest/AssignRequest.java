package nl.totalservice.onboarding.task.queue.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** The coordinator's choice of partner. */
@Schema(name = "AssignRequest", description = "The coordinator's choice of partner")
public record AssignRequest(
        @Schema(description = "The partner to assign (known to task-service and active)",
                examples = "5b0e6f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b")
        @NotNull UUID partnerId,
        @Schema(description = "Required when the partner is not the suggested one", maxLength = 1000,
                examples = "Suggested partner is on holiday until August", nullable = true)
        @Size(max = 1000) String overrideReason) {
}
