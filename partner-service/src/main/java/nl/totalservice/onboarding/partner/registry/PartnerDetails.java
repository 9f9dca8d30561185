package nl.totalservice.onboarding.partner.registry;

import nl.totalservice.onboarding.partner.geography.GeoPoint;
import nl.totalservice.onboarding.partner.geography.ServiceArea;

import java.util.List;

/**
 * What the coordinator maintains of a partner (everything but the customer count, which follows
 * the leads' lives). Validated by the REST layer; {@code location} null means "from the gazetteer",
 * {@code serviceArea} null the default radius and nothing more.
 */
public record PartnerDetails(String name, String contactName, String email, String phone, String preferredLanguage,
                             String street, String houseNumber, String postcode, String city, GeoPoint location,
                             boolean active, int capacity, String notes, List<UnavailablePeriod> unavailability,
                             ServiceArea serviceArea) {

    public PartnerDetails {
        unavailability = unavailability == null ? List.of() : List.copyOf(unavailability);
        serviceArea = serviceArea == null ? ServiceArea.byDefault() : serviceArea;
    }
}
