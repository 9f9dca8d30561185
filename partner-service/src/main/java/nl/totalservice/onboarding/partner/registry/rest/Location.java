package nl.totalservice.onboarding.partner.registry.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import nl.totalservice.onboarding.partner.geography.GeoPoint;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** WGS84 coordinates. */
@Schema(name = "Location", description = "WGS84 coordinates in degrees")
public record Location(
        @Schema(description = "Latitude in degrees", examples = "53.2194")
        @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @Schema(description = "Longitude in degrees", examples = "6.5665")
        @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude) {

    public GeoPoint toPoint() {
        return new GeoPoint(latitude, longitude);
    }

    public static Location of(GeoPoint point) {
        return point == null ? null : new Location(point.latitude(), point.longitude());
    }
}
