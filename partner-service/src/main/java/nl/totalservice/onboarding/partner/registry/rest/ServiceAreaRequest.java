package nl.totalservice.onboarding.partner.registry.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.totalservice.onboarding.partner.geography.Pc4Range;
import nl.totalservice.onboarding.partner.geography.Province;
import nl.totalservice.onboarding.partner.geography.ServiceArea;
import nl.totalservice.onboarding.platform.web.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;

/** Where the partner takes customers, as the coordinator sets it. */
@Schema(name = "ServiceAreaRequest", description = "Where the partner takes customers: within a radius of its office "
        + "(its own, or the default partner.matching.service-area.default-radius-km, 40 km, when left out), plus any "
        + "PC4 ranges and provinces it also serves, or the whole country. A lead outside it keeps the partner out of "
        + "region and distribution (unless no partner covers the lead and the decision widens), never out of the "
        + "customer's wish. Leave the whole object out for the default radius and nothing more.")
public record ServiceAreaRequest(
        @Schema(description = "Radius in km around the office; leave out for the default", examples = "25")
        @DecimalMin("0") @DecimalMax("400") Double radiusKm,
        @Schema(description = "Extra PC4 areas: a range \"9400-9499\" (both ends included) or one area \"7881\"",
                examples = "[\"9400-9499\", \"7881\"]")
        @Size(max = 100) List<@NotNull String> pc4Ranges,
        @Schema(description = "Extra provinces, as the GeoNames gazetteer names them: Drenthe, Flevoland, Friesland, "
                + "Gelderland, Groningen, Limburg, Noord-Brabant, Noord-Holland, Overijssel, Utrecht, Zeeland, "
                + "Zuid-Holland (any case; Fryslân is Friesland)", examples = "[\"Drenthe\"]")
        @Size(max = 12) List<@NotNull String> provinces,
        @Schema(description = "Serves the whole country (default false)", examples = "false")
        Boolean wholeCountry) {

    /** The domain's view; refuses unreadable ranges and unknown provinces by name and position. */
    public ServiceArea toServiceArea() {
        List<Pc4Range> ranges = new ArrayList<>();
        List<String> rangeTexts = pc4Ranges == null ? List.of() : pc4Ranges;
        for (int i = 0; i < rangeTexts.size(); i++) {
            String text = rangeTexts.get(i);
            int at = i;
            ranges.add(Pc4Range.parse(text).orElseThrow(() -> ProblemException.invalidField(
                    "serviceArea.pc4Ranges[" + at + "]",
                    "must be a PC4 range like 9400-9499 (low to high) or one PC4 like 7881, not '" + text + "'")));
        }
        List<Province> chosen = new ArrayList<>();
        List<String> names = provinces == null ? List.of() : provinces;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            int at = i;
            Province province = Province.of(name).orElseThrow(() -> ProblemException.invalidField(
                    "serviceArea.provinces[" + at + "]",
                    "'" + name + "' is not a Dutch province; one of: " + Province.names()));
            if (!chosen.contains(province)) {
                chosen.add(province);
            }
        }
        return new ServiceArea(radiusKm, ranges, chosen, wholeCountry != null && wholeCountry);
    }
}
