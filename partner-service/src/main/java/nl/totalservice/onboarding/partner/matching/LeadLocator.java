package nl.totalservice.onboarding.partner.matching;

import jakarta.enterprise.context.ApplicationScoped;
import nl.totalservice.onboarding.partner.geography.Gazetteer;
import nl.totalservice.onboarding.partner.geography.GeoPoint;
import nl.totalservice.onboarding.partner.geography.PostcodeCentroid;
import nl.totalservice.onboarding.partner.geography.Province;
import nl.totalservice.onboarding.partner.matching.engine.LeadLocation;

import java.util.Optional;

/**
 * Where a lead is: its own coordinates, else the centre of its PC4 area, else unknown (and why);
 * and the province of its PC4, for partners that serve whole provinces.
 */
@ApplicationScoped
public class LeadLocator {

    private final Gazetteer gazetteer;

    public LeadLocator(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The lead's location and the province of its PC4 (null when the gazetteer does not have it). */
    public record Placed(LeadLocation location, Province province) {
    }

    public LeadLocation locate(GeoPoint coordinates, String pc4) {
        return place(coordinates, pc4).location();
    }

    public Placed place(GeoPoint coordinates, String pc4) {
        Optional<PostcodeCentroid> area = pc4 == null || pc4.isBlank() ? Optional.empty() : gazetteer.lookup(pc4);
        Province province = area.flatMap(found -> Province.of(found.province())).orElse(null);
        if (coordinates != null) {
            return new Placed(LeadLocation.coordinates(coordinates), province);
        }
        if (pc4 == null || pc4.isBlank()) {
            return new Placed(LeadLocation.unknown("the lead has no coordinates and no postcode"), null);
        }
        if (area.isPresent()) {
            return new Placed(LeadLocation.centroid(area.get().centre(), pc4, area.get().place()), province);
        }
        if (!gazetteer.isLoaded()) {
            return new Placed(LeadLocation.unknown(
                    "the lead has no coordinates and no gazetteer is loaded to place PC4 " + pc4), null);
        }
        return new Placed(LeadLocation.unknown("the lead has no coordinates and PC4 " + pc4
                + " is not in the gazetteer"), null);
    }
}
