package nl.totalservice.onboarding.task.sales.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.totalservice.onboarding.task.followup.TaskType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A task sales opens by hand. */
@Schema(name = "CreateTaskRequest", description = "A task sales opens by hand")
public record CreateTaskRequest(
        @Schema(description = "Kind of task; LEAD_FOLLOW_UP when left out", examples = "LEAD_FOLLOW_UP", nullable = true)
        TaskType type,
        @Schema(description = "The lead to follow up (lead-service's id)", examples = "8d2e4f60-1a3b-4c5d-8e9f-0a1b2c3d4e5f")
        @NotNull UUID leadId,
        @Schema(description = "The partner that in sales' view should follow up (must be known and active)",
                examples = "5b0e6f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b", nullable = true)
        UUID suggestedPartnerId,
        @Schema(description = "What was already discussed with the customer", maxLength = 4000,
                examples = "Wants to meet the accountant before signing; has a webshop with stock.")
        @NotBlank @Size(max = 4000) String notes,
        @Schema(description = "Urgent: shorter accept deadline and a phone call to the partner", examples = "false",
                nullable = true)
        Boolean urgent,
        @Schema(description = "When the follow-up should be done (in the future)", examples = "2026-07-10T17:00:00Z",
                nullable = true)
        Instant dueAt,
        @Schema(description = "Responsible sales person; by default the lead's owner as lead-service reported it, "
                + "else you", nullable = true)
        @Valid OwnerInput owner) {
}
