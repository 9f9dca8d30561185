package nl.totalservice.onboarding.lead.lead;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** WGS84 position of the customer; the {@code Location} shape of the event contract. */
@Embeddable
public record Coordinates(
        @Column(name = "latitude") Double latitude,
        @Column(name = "longitude") Double longitude) {
}
