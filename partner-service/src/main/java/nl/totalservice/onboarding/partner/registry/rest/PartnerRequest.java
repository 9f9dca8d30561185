package nl.totalservice.onboarding.partner.registry.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.totalservice.onboarding.partner.geography.Pc4;
import nl.totalservice.onboarding.partner.registry.PartnerDetails;
import nl.totalservice.onboarding.platform.web.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A partner as the coordinator registers or replaces it. */
@Schema(name = "PartnerRequest", description = "A partner firm as the coordinator registers it (POST) or replaces it (PUT)")
public record PartnerRequest(
        @Schema(description = "Firm name", examples = "Accountantskantoor Noord B.V.")
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "Contact person at the firm", examples = "Henk Bakker")
        @NotBlank @Size(max = 200) String contactName,
        @Schema(description = "Email address for assignments (unique among partners)", examples = "henk@accountantsnoord.nl")
        @NotBlank @Email @Size(max = 254) String email,
        @Schema(description = "Phone number, called for urgent follow-ups", examples = "+31 50 123 4567")
        @NotBlank @Pattern(regexp = "^\\+?[0-9][0-9 ()-]{7,24}$", message = "must be a phone number like +31 50 123 4567")
        String phone,
        @Schema(description = "Language of the partner's emails: nl or en (default nl)", examples = "nl")
        @Pattern(regexp = "nl|en", message = "must be nl or en") String preferredLanguage,
        @Schema(description = "Office address")
        @NotNull @Valid Address address,
        @Schema(description = "Office coordinates; leave out to use the centre of the postcode's PC4 area")
        @Valid Location location,
        @Schema(description = "Whether the partner takes customers (default true)", examples = "true")
        Boolean active,
        @Schema(description = "The most active customers the partner takes", examples = "25")
        @NotNull @Min(0) @Max(100000) Integer capacity,
        @Schema(description = "Only at registration: customers the firm already serves (default 0); afterwards the count follows the leads", examples = "3")
        @Min(0) @Max(100000) Integer activeCustomers,
        @Schema(description = "Periods without new customers (holidays, closures)")
        @Size(max = 100) List<@NotNull @Valid Unavailability> unavailability,
        @Schema(description = "Notes for the coordinator", examples = "Specialised in agriculture; prefers Friesland and Groningen.")
        @Size(max = 2000) String notes,
        @Schema(description = "Where it takes customers; leave out for the default radius (40 km) and nothing more")
        @Valid ServiceAreaRequest serviceArea) {

    /** The domain's view; refuses what bean validation cannot see (period order). */
    public PartnerDetails toDetails() {
        List<Unavailability> periods = unavailability == null ? List.of() : unavailability;
        for (int i = 0; i < periods.size(); i++) {
            if (periods.get(i).to().isBefore(periods.get(i).from())) {
                throw ProblemException.invalidField("unavailability[" + i + "].to", "must not be before from");
            }
        }
        return new PartnerDetails(name.trim(), contactName.trim(), email.trim(), phone.trim(),
                preferredLanguage == null ? "nl" : preferredLanguage,
                blankToNull(address.street()), blankToNull(address.houseNumber()),
                Pc4.normalizeFull(address.postcode()).orElseThrow(), address.city().trim(),
                location == null ? null : location.toPoint(), active == null || active, capacity,
                blankToNull(notes), periods.stream().map(Unavailability::toPeriod).toList(),
                serviceArea == null ? null : serviceArea.toServiceArea());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
