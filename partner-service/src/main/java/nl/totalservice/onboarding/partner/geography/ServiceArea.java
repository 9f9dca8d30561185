package nl.totalservice.onboarding.partner.geography;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Where a partner takes customers: within a radius of its office (its own, or the configured
 * default when null), plus any extra PC4 ranges and provinces, or the whole country.
 *
 * @param radiusKm     the partner's own radius in km, or null for the default
 *                     ({@code partner.matching.service-area.default-radius-km})
 * @param pc4Ranges    PC4 areas it serves besides its radius
 * @param provinces    provinces it serves besides its radius
 * @param wholeCountry it serves the whole country (radius, ranges and provinces then add nothing)
 */
public record ServiceArea(Double radiusKm, List<Pc4Range> pc4Ranges, List<Province> provinces,
                          boolean wholeCountry) {

    private static final ServiceArea DEFAULT = new ServiceArea(null, List.of(), List.of(), false);

    public ServiceArea {
        if (radiusKm != null && !(radiusKm >= 0)) {
            throw new IllegalArgumentException("radiusKm must not be negative");
        }
        pc4Ranges = pc4Ranges == null ? List.of() : List.copyOf(pc4Ranges);
        provinces = provinces == null ? List.of() : List.copyOf(provinces);
    }

    /** The default radius and nothing more: what a partner has unless the coordinator says otherwise. */
    public static ServiceArea byDefault() {
        return DEFAULT;
    }

    public double radiusKmOr(double defaultRadiusKm) {
        return radiusKm == null ? defaultRadiusKm : radiusKm;
    }

    /** Whether PC4 area {@code pc4} (9401) lies in an extra range. */
    public boolean coversPc4(int pc4) {
        for (Pc4Range range : pc4Ranges) {
            if (range.contains(pc4)) {
                return true;
            }
        }
        return false;
    }

    public boolean coversProvince(Province province) {
        return province != null && provinces.contains(province);
    }

    /** "within 40 km, PC4 9400-9499, Drenthe" or "the whole country", for explanations. */
    public String describe(double defaultRadiusKm) {
        if (wholeCountry) {
            return "the whole country";
        }
        double radius = radiusKmOr(defaultRadiusKm);
        StringBuilder text = new StringBuilder("within ").append(radius == Math.rint(radius) && radius < 1e9
                ? Long.toString((long) radius) : String.format(Locale.ROOT, "%.1f", radius)).append(" km");
        if (!pc4Ranges.isEmpty()) {
            text.append(", PC4 ").append(pc4Ranges.stream().map(Pc4Range::toString).collect(Collectors.joining(", ")));
        }
        if (!provinces.isEmpty()) {
            text.append(", ").append(provinces.stream().map(Province::displayName).collect(Collectors.joining(", ")));
        }
        return text.toString();
    }
}
