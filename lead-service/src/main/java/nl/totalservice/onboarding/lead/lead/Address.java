package nl.totalservice.onboarding.lead.lead;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where the customer is. Also the {@code address} shape of the lead events (docs/events.md).
 *
 * @param postcode normalised Dutch postcode, {@code 1234 AB}
 */
@Embeddable
public record Address(
        @Column(name = "street") String street,
        @Column(name = "house_number") String houseNumber,
        @Column(name = "postcode") String postcode,
        @Column(name = "city") String city) {

    /** The 4-digit part of the postcode: what routing uses. */
    public String pc4() {
        return Postcode.pc4(postcode);
    }
}
