package nl.totalservice.onboarding.partner.registry.rest;

import nl.totalservice.onboarding.partner.registry.LocationSource;
import nl.totalservice.onboarding.partner.registry.Partner;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A partner as callers see it. Partner users see other partners restricted to the directory fields. */
@Schema(name = "Partner", description = "A partner firm. For a partner user, other firms are restricted: only id, name, city and active are filled")
public record PartnerView(
        @Schema(description = "Partner id", examples = "5b0e6f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b") UUID id,
        @Schema(description = "Version for If-Match (also the ETag)", examples = "3") Long version,
        @Schema(description = "Firm name", examples = "Accountantskantoor Noord B.V.") String name,
        @Schema(description = "Contact person", examples = "Henk Bakker") String contactName,
        @Schema(description = "Email address", examples = "henk@accountantsnoord.nl") String email,
        @Schema(description = "Phone number", examples = "+31 50 123 4567") String phone,
        @Schema(description = "Language of its emails", examples = "nl") String preferredLanguage,
        @Schema(description = "Office address (restricted: city only)") Address address,
        @Schema(description = "Office coordinates, or null when unknown") Location location,
        @Schema(description = "Where the coordinates come from", examples = "GAZETTEER") LocationSource locationSource,
        @Schema(description = "Whether it takes customers", examples = "true") boolean active,
        @Schema(description = "The most active customers it takes", examples = "25") Integer capacity,
        @Schema(description = "Its current active customers (onboarded leads)", examples = "12") Integer activeCustomers,
        @Schema(description = "Whether it takes new customers today (active and not in an unavailability period)", examples = "true") Boolean availableToday,
        @Schema(description = "Periods without new customers") List<Unavailability> unavailability,
        @Schema(description = "Notes for the coordinator", examples = "Specialised in agriculture.") String notes,
        @Schema(description = "Where it takes customers (restricted: null)") ServiceAreaView serviceArea,
        @Schema(description = "When it was registered", examples = "2026-06-01T09:00:00Z") Instant createdAt,
        @Schema(description = "Who registered it", examples = "carla@totalservice.nl") String createdBy,
        @Schema(description = "When it last changed", examples = "2026-06-12T14:30:00Z") Instant updatedAt,
        @Schema(description = "Who (or what) changed it last", examples = "carla@totalservice.nl") String updatedBy,
        @Schema(description = "True when only directory fields are shown (a partner user looking at another firm)", examples = "false") boolean restricted) {

    public static PartnerView full(Partner partner, LocalDate today, double defaultRadiusKm) {
        return new PartnerView(partner.id(), partner.version(), partner.name(), partner.contactName(),
                partner.email(), partner.phone(), partner.preferredLanguage(),
                new Address(partner.street(), partner.houseNumber(), partner.postcode(), partner.city()),
                Location.of(partner.location()), partner.locationSource(), partner.active(), partner.capacity(),
                partner.activeCustomers(), partner.active() && !partner.unavailableOn(today),
                partner.unavailability().stream().map(Unavailability::of).toList(), partner.notes(),
                ServiceAreaView.of(partner.serviceArea(), defaultRadiusKm), partner.createdAt(), partner.createdBy(), partner.updatedAt(), partner.updatedBy(), false);
    }

    /** What one partner firm may see of another: who it is and where, not its contacts, load or notes. */
    public static PartnerView restricted(Partner partner) {
        return new PartnerView(partner.id(), null, partner.name(), null, null, null, null,
                new Address(null, null, null, partner.city()), null, null, partner.active(), null, null, null,
                null, null, null, null, null, null, null, true);
    }
}
