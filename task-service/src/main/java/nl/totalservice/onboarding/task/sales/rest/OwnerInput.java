package nl.totalservice.onboarding.task.sales.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The sales person responsible for the lead. */
@Schema(name = "OwnerInput", description = "The sales person responsible for the lead")
public record OwnerInput(
        @Schema(description = "Email address", examples = "sanne.devries@totalservice.nl")
        @NotBlank @Email @Size(max = 320) String email,
        @Schema(description = "Name", examples = "Sanne de Vries", nullable = true)
        @Size(max = 300) String name) {
}
