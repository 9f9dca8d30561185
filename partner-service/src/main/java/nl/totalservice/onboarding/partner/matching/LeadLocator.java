package nl.totalservice.onboarding.partner.matching;

import jakarta.enterprise.context.ApplicationScoped;
import nl.totalservice.onboarding.partner.geography.Gazetteer;
import nl.totalservice.onboarding.partner.geography.GeoPoint;
import nl.totalservice.onboarding.partner.geography.PostcodeCentroid;
import nl.totalservice.onboarding.partner.matching.engine.LeadLocation;

import java.util.Optional;

/** Where a lead is: its own coordinates, else the centre of its PC4 area, else unknown (and why). */
@ApplicationScoped
public class LeadLocator {

    private final Gazetteer gazetteer;

    public LeadLocator(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public LeadLocation locate(GeoPoint coordinates, String pc4) {
        if (coordinates != null) {
            return LeadLocation.coordinates(coordinates);
        }
        if (pc4 == null || pc4.isBlank()) {
            return LeadLocation.unknown("the lead has no coordinates and no postcode");
        }
        Optional<PostcodeCentroid> area = gazetteer.lookup(pc4);
        if (area.isPresent()) {
            return LeadLocation.centroid(area.get().centre(), pc4, area.get().place());
        }
        if (!gazetteer.isLoaded()) {
            return LeadLocation.unknown("the lead has no coordinates and no gazetteer is loaded to place PC4 " + pc4);
        }
        return LeadLocation.unknown("the lead has no coordinates and PC4 " + pc4 + " is not in the gazetteer");
    }
}
