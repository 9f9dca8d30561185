package nl.totalservice.onboarding.partner.matching;

import nl.totalservice.onboarding.partner.geography.CentroidDerivation;
import nl.totalservice.onboarding.partner.geography.Gazetteer;
import nl.totalservice.onboarding.partner.geography.GeoPoint;
import nl.totalservice.onboarding.partner.geography.PostcodeCentroid;
import nl.totalservice.onboarding.partner.matching.engine.LeadLocation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class LeadLocatorTest {

    private static final PostcodeCentroid GRONINGEN = new PostcodeCentroid("9711", "Groningen", "Groningen", "0014",
            "Groningen", new GeoPoint(53.2166, 6.5695), 1, CentroidDerivation.SINGLE_ROW, List.of());

    @Test
    void prefersTheLeadsOwnCoordinates() {
        LeadLocation location = locator(Map.of("9711", GRONINGEN)).locate(new GeoPoint(52.0, 5.0), "9711");

        assertThat(location.basis()).isEqualTo(LeadLocation.Basis.COORDINATES);
        assertThat(location.point()).isEqualTo(new GeoPoint(52.0, 5.0));
    }

    @Test
    void usesThePostcodeCentreWithoutCoordinates() {
        LeadLocation location = locator(Map.of("9711", GRONINGEN)).locate(null, "9711");

        assertThat(location.basis()).isEqualTo(LeadLocation.Basis.PC4_CENTROID);
        assertThat(location.description()).isEqualTo("the centre of PC4 9711 (Groningen)");
    }

    @Test
    void saysWhyTheLocationIsUnknown() {
        assertThat(locator(Map.of()).locate(null, "9711").description())
                .isEqualTo("the lead has no coordinates and no gazetteer is loaded to place PC4 9711");
        assertThat(locator(Map.of("9711", GRONINGEN)).locate(null, "1000").description())
                .isEqualTo("the lead has no coordinates and PC4 1000 is not in the gazetteer");
        assertThat(locator(Map.of("9711", GRONINGEN)).locate(null, null).basis()).isEqualTo(LeadLocation.Basis.UNKNOWN);
    }

    /** A gazetteer holding {@code areas} (empty: none loaded, as when no file is configured). */
    private static LeadLocator locator(Map<String, PostcodeCentroid> areas) {
        return new LeadLocator(new Gazetteer(null, null, null, null, null, null) {
            @Override
            public Optional<PostcodeCentroid> lookup(String pc4) {
                return Optional.ofNullable(areas.get(pc4));
            }

            @Override
            public boolean isLoaded() {
                return !areas.isEmpty();
            }
        });
    }
}
