package nl.totalservice.onboarding.lead.registration.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.totalservice.onboarding.lead.lead.Address;
import nl.totalservice.onboarding.lead.lead.Contact;
import nl.totalservice.onboarding.lead.lead.Coordinates;
import nl.totalservice.onboarding.lead.lead.LeadDetails;
import nl.totalservice.onboarding.lead.lead.LeadSource;
import nl.totalservice.onboarding.lead.lead.Owner;
import nl.totalservice.onboarding.lead.lead.PhoneNumber;
import nl.totalservice.onboarding.lead.lead.Postcode;
import nl.totalservice.onboarding.lead.lead.Wish;
import nl.totalservice.onboarding.lead.lead.WishKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Locale;
import java.util.UUID;

/** What sales registers about a lead, and sends again in full to correct it. */
@Schema(name = "LeadRequest", description = "A lead as sales registers it (and sends again in full to correct it)")
public record LeadRequest(
        @Schema(description = "Company name", examples = "Bakkerij De Korenschoof B.V.", maxLength = 200)
        @NotBlank @Size(max = 200) String companyName,
        @Schema(description = "Chamber of Commerce (KvK) number, exactly 8 digits; leave out when not known. A KvK "
                + "number belongs to one lead only.", examples = "12345678", pattern = "^[0-9]{8}$")
        @Pattern(regexp = "[0-9]{8}", message = "must be exactly 8 digits") String kvkNumber,
        @Schema(description = "The customer's contact person", required = true)
        @NotNull @Valid ContactRequest contact,
        @Schema(description = "The customer's address; its postcode drives partner routing", required = true)
        @NotNull @Valid AddressRequest address,
        @Schema(description = "The customer's position, when known (sharpens regional routing)")
        @Valid LocationRequest location,
        @Schema(description = "The sales person responsible; leave out to make yourself the owner")
        @Valid OwnerRequest owner,
        @Schema(description = "How the lead came in", required = true, examples = "WEBSITE")
        @NotNull LeadSource source,
        @Schema(description = "The customer's wish for a particular partner, if any (routing's first rule)")
        @Valid WishRequest wish) {

    private static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

    @Schema(name = "ContactRequest", description = "The customer's contact person")
    public record ContactRequest(
            @Schema(description = "Full name", examples = "Joost van Dijk", maxLength = 200)
            @NotBlank @Size(max = 200) String name,
            @Schema(description = "Email address; one open lead per address", examples = "joost@korenschoof.nl")
            @NotBlank @Size(max = 254) @Email(regexp = EMAIL, message = "must be an email address like name@company.nl")
            String email,
            @Schema(description = "Dutch phone number; stored as +31...", examples = "06-12345678")
            @DutchPhoneNumber String phone) {
    }

    @Schema(name = "AddressRequest", description = "The customer's address in the Netherlands")
    public record AddressRequest(
            @Schema(description = "Street", examples = "Dorpsstraat", maxLength = 200) @Size(max = 200) String street,
            @Schema(description = "House number with any addition", examples = "12a", maxLength = 20)
            @Size(max = 20) String houseNumber,
            @Schema(description = "Dutch postcode: 1234AB, 1234 ab or 1234 AB; stored as 1234 AB", required = true,
                    examples = "9711 LM")
            @NotNull @DutchPostcode String postcode,
            @Schema(description = "City", examples = "Groningen", maxLength = 100) @Size(max = 100) String city) {
    }

    @Schema(name = "LocationRequest", description = "WGS84 position in the Netherlands")
    public record LocationRequest(
            @Schema(description = "Latitude in degrees (50.7 to 53.7)", required = true, examples = "53.2194")
            @NotNull @DecimalMin(value = "50.7", message = "must lie in the Netherlands (50.7 to 53.7)")
            @DecimalMax(value = "53.7", message = "must lie in the Netherlands (50.7 to 53.7)") Double latitude,
            @Schema(description = "Longitude in degrees (3.2 to 7.3)", required = true, examples = "6.5665")
            @NotNull @DecimalMin(value = "3.2", message = "must lie in the Netherlands (3.2 to 7.3)")
            @DecimalMax(value = "7.3", message = "must lie in the Netherlands (3.2 to 7.3)") Double longitude) {
    }

    @Schema(name = "OwnerRequest", description = "The sales person responsible for the lead")
    public record OwnerRequest(
            @Schema(description = "Email address of the sales person", required = true,
                    examples = "sanne.devries@totalservice.nl")
            @NotBlank @Size(max = 254) @Email(regexp = EMAIL, message = "must be an email address like name@company.nl")
            String email,
            @Schema(description = "Name of the sales person", examples = "Sanne de Vries", maxLength = 200)
            @Size(max = 200) String name) {
    }

    @Schema(name = "WishRequest", description = "The customer's wish for a partner")
    public record WishRequest(
            @Schema(description = "Id of the partner firm the customer wants", required = true,
                    examples = "5b0e6f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b")
            @NotNull UUID partnerId,
            @Schema(description = "Why the customer wants this partner", required = true, examples = "EXISTING_CONTACT")
            @NotNull WishKind kind,
            @Schema(description = "What the customer said about it", examples = "Has known the firm for years",
                    maxLength = 2000)
            @Size(max = 2000) String note) {
    }

    /** The validated request as normalised domain values; {@code caller} owns the lead unless another owner is named. */
    public LeadDetails toDetails(Owner caller) {
        Contact normalisedContact = new Contact(contact.name().strip(), contact.email().strip(),
                PhoneNumber.normalise(contact.phone()).orElse(null));
        Address normalisedAddress = new Address(blankToNull(address.street()), blankToNull(address.houseNumber()),
                Postcode.normalise(address.postcode()).orElseThrow(), blankToNull(address.city()));
        Coordinates coordinates = location == null ? null : new Coordinates(location.latitude(), location.longitude());
        Owner leadOwner = owner == null ? caller
                : new Owner(owner.email().strip().toLowerCase(Locale.ROOT), blankToNull(owner.name()));
        Wish customerWish = wish == null ? null : new Wish(wish.partnerId(), wish.kind(), blankToNull(wish.note()));
        return new LeadDetails(companyName.strip(), kvkNumber, normalisedContact, normalisedAddress, coordinates,
                leadOwner, source, customerWish);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
