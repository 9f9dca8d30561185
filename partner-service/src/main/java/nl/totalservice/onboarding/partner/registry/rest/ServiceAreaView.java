package nl.totalservice.onboarding.partner.registry.rest;

import nl.totalservice.onboarding.partner.geography.Pc4Range;
import nl.totalservice.onboarding.partner.geography.Province;
import nl.totalservice.onboarding.partner.geography.ServiceArea;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A partner's service area as callers see it. */
@Schema(name = "ServiceArea", description = "Where the partner takes customers: within effectiveRadiusKm of its "
        + "office, in its PC4 ranges and provinces, or the whole country")
public record ServiceAreaView(
        @Schema(description = "Its own radius in km, or null when it has the default", examples = "25") Double radiusKm,
        @Schema(description = "The radius in force: its own, else partner.matching.service-area.default-radius-km", examples = "40") double effectiveRadiusKm,
        @Schema(description = "Extra PC4 ranges", examples = "[\"9400-9499\", \"7881\"]") List<String> pc4Ranges,
        @Schema(description = "Extra provinces", examples = "[\"Drenthe\"]") List<String> provinces,
        @Schema(description = "Serves the whole country", examples = "false") boolean wholeCountry,
        @Schema(description = "In words", examples = "within 40 km, PC4 9400-9499, Drenthe") String description) {

    public static ServiceAreaView of(ServiceArea area, double defaultRadiusKm) {
        return new ServiceAreaView(area.radiusKm(), area.radiusKmOr(defaultRadiusKm),
                area.pc4Ranges().stream().map(Pc4Range::toString).toList(),
                area.provinces().stream().map(Province::displayName).toList(), area.wholeCountry(),
                area.describe(defaultRadiusKm));
    }
}
