package nl.totalservice.onboarding.partner.registry.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The partner's office address. */
@Schema(name = "Address", description = "The partner's office address")
public record Address(
        @Schema(description = "Street", examples = "Oude Ebbingestraat")
        @Size(max = 200) String street,
        @Schema(description = "House number with addition", examples = "12a")
        @Size(max = 20) String houseNumber,
        @Schema(description = "Dutch postcode; its PC4 locates the office when no location is given", examples = "9712 HA")
        @NotBlank @Pattern(regexp = "^\\s*[1-9][0-9]{3} ?[A-Za-z]{2}\\s*$", message = "must look like 1234 AB")
        String postcode,
        @Schema(description = "City", examples = "Groningen")
        @NotBlank @Size(max = 100) String city) {
}
