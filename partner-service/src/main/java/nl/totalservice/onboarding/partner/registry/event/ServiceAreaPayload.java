package nl.totalservice.onboarding.partner.registry.event;

import nl.totalservice.onboarding.partner.geography.Pc4Range;
import nl.totalservice.onboarding.partner.geography.Province;
import nl.totalservice.onboarding.partner.geography.ServiceArea;

import java.util.List;

/**
 * A partner's service area in its events (docs/events.md).
 *
 * @param radiusKm          the partner's own radius, or null when it has the default
 * @param effectiveRadiusKm the radius in force (its own, else the configured default)
 * @param pc4Ranges         extra PC4 ranges: "9400-9499", "7881"
 * @param provinces         extra provinces, as the gazetteer names them: "Drenthe"
 * @param wholeCountry      it serves the whole country
 */
public record ServiceAreaPayload(Double radiusKm, double effectiveRadiusKm, List<String> pc4Ranges,
                                 List<String> provinces, boolean wholeCountry) {

    public static ServiceAreaPayload of(ServiceArea area, double defaultRadiusKm) {
        return new ServiceAreaPayload(area.radiusKm(), area.radiusKmOr(defaultRadiusKm),
                area.pc4Ranges().stream().map(Pc4Range::toString).toList(),
                area.provinces().stream().map(Province::displayName).toList(), area.wholeCountry());
    }
}
