package nl.totalservice.onboarding.task.portal.rest;

import jakarta.validation.constraints.Size;
import nl.totalservice.onboarding.task.followup.ContactChannel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** The partner was in touch with the customer. */
@Schema(name = "CustomerContactRequest", description = "The partner was in touch with the customer")
public record CustomerContactRequest(
        @Schema(description = "When (not in the future); now when left out", examples = "2026-07-02T14:00:00Z",
                nullable = true)
        Instant contactedAt,
        @Schema(description = "How", examples = "PHONE", nullable = true)
        ContactChannel channel,
        @Schema(description = "What was discussed", maxLength = 2000, examples = "Intake meeting planned for 8 July",
                nullable = true)
        @Size(max = 2000) String note) {
}
