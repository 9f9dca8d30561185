package nl.totalservice.onboarding.task.followup;

import jakarta.persistence.Embeddable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The sales person responsible for the lead (the contract's {@code Owner}); stays responsible throughout. */
@Embeddable
@Schema(name = "Owner", description = "The sales person responsible for the lead")
public record Owner(
        @Schema(description = "Email address", examples = "sanne.devries@totalservice.nl")
        String email,
        @Schema(description = "Name (may be null)", examples = "Sanne de Vries", nullable = true)
        String name) {
}
