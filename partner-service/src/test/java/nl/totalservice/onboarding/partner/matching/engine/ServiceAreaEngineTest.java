package nl.totalservice.onboarding.partner.matching.engine;

import nl.totalservice.onboarding.partner.geography.GeoPoint;
import nl.totalservice.onboarding.partner.geography.Pc4Range;
import nl.totalservice.onboarding.partner.geography.Province;
import nl.totalservice.onboarding.partner.geography.ServiceArea;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Service areas: who competes for region and distribution, widening, and the words for both. */
class ServiceAreaEngineTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 7, 1);
    private static final GeoPoint AMSTERDAM = new GeoPoint(52.3702, 4.8952);
    private static final GeoPoint UTRECHT = new GeoPoint(52.0907, 5.1214);
    private static final GeoPoint UTRECHT_OOST = new GeoPoint(52.0990, 5.1300);
    private static final GeoPoint GRONINGEN = new GeoPoint(53.2194, 6.5665);
    private static final GeoPoint GRONINGEN_WEST = new GeoPoint(53.2120, 6.5500);
    private static final GeoPoint ASSEN = new GeoPoint(52.9929, 6.5642);
    private static final GeoPoint MAASTRICHT = new GeoPoint(50.8514, 5.6910);
    private static final GeoPoint EINDHOVEN = new GeoPoint(51.4416, 5.4697);
    private static final GeoPoint ZWOLLE = new GeoPoint(52.5168, 6.0830);

    private final MatchingEngine engine = new MatchingEngine(MatchingPolicy.defaults());

    @Test
    void distributionPicksAmongThePartnersWhoseAreaCoversTheCustomerNotTheLightestOfTheCountry() {
        PartnerSnapshot utrecht = partner("Domstad", UTRECHT, 3, null);
        PartnerSnapshot utrechtOost = partner("Oost", UTRECHT_OOST, 3, null);
        PartnerSnapshot groningen = partner("Martini", GRONINGEN, 0, null);

        Decision decision = engine.decide(lead(AMSTERDAM), List.of(groningen, utrecht, utrechtOost));

        assertThat(decision.rule()).isEqualTo(Rule.DISTRIBUTION);
        assertThat(decision.partnerId()).isIn(utrecht.id(), utrechtOost.id());
        assertThat(decision.reach()).isEqualTo(new Reach(Reach.Kind.SERVICE_AREAS, null, 2));
        assertThat(decision.skippedRules().get(1).reason())
                .contains("nearest eligible partner whose service area covers the lead", "not clearly closer");
        assertThat(decision.explanation())
                .contains("lowest load of the 2 partners whose service area covers the lead")
                .contains("Competing (2): ", "Domstad (", "Oost (")
                .contains("Not competing: Martini: outside its service area (within 40 km; 14")
                .doesNotContain("widened");
        assertThat(decision.candidates())
                .extracting(CandidateAssessment::name, CandidateAssessment::eligible, CandidateAssessment::competed,
                        CandidateAssessment::exclusions)
                .endsWith(tuple("Martini", true, false, List.of(Exclusion.OUTSIDE_SERVICE_AREA)));
        assertThat(decision.candidates().get(2).detail()).startsWith("outside its service area (within 40 km; 14");
    }

    @Test
    void aReMatchAfterADeclineGoesToANearbyPartnerNotToTheLighterOneFarAway() {
        PartnerSnapshot assen = partner("Asser", ASSEN, 0, null);
        PartnerSnapshot groningen = partner("Martini", GRONINGEN, 2, null);
        PartnerSnapshot groningenWest = partner("Westerhaven", GRONINGEN_WEST, 2, null);
        PartnerSnapshot utrecht = partner("Domstad", UTRECHT, 0, null);

        Decision decision = engine.decide(new MatchRequest(LeadLocation.coordinates(ASSEN), null,
                Set.of(assen.id()), TODAY), List.of(assen, groningen, groningenWest, utrecht));

        assertThat(decision.rule()).isEqualTo(Rule.DISTRIBUTION);
        assertThat(decision.partnerId()).isIn(groningen.id(), groningenWest.id());
        assertThat(decision.explanation()).contains("tied with", "Competing (2)",
                "Asser: declined this lead", "Domstad: outside its service area (within 40 km; 1");
        assertThat(decision.candidates()).filteredOn(candidate -> candidate.name().equals("Asser"))
                .extracting(CandidateAssessment::exclusions)
                .containsExactly(List.of(Exclusion.DECLINED_THIS_LEAD));
    }

    @Test
    void whenNoAreaCoversTheCustomerTheDecisionWidensStepByStepAndSaysSo() {
        PartnerSnapshot eindhoven = partner("Lichtstad", EINDHOVEN, 5, null);
        PartnerSnapshot utrecht = partner("Domstad", UTRECHT, 0, null);

        Decision decision = engine.decide(lead(MAASTRICHT), List.of(utrecht, eindhoven));

        assertThat(decision.partnerId()).isEqualTo(eindhoven.id());
        assertThat(decision.rule()).isEqualTo(Rule.REGION);
        assertThat(decision.reach()).isEqualTo(new Reach(Reach.Kind.WIDENED, 100.0, 1));
        assertThat(decision.explanation()).startsWith("No eligible partner's service area covers the lead "
                + "(the lead's coordinates); widened to 100.0 km: Region: Lichtstad is the only eligible partner "
                + "within 100.0 km (67.");
        assertThat(decision.candidates()).extracting(CandidateAssessment::name, CandidateAssessment::competed)
                .containsExactly(tuple("Lichtstad", true), tuple("Domstad", false));
    }

    @Test
    void beyondTheLastWideningStepTheWholeCountryCompetes() {
        MatchingEngine oneStep = new MatchingEngine(MatchingPolicy.defaults().withServiceAreas(40, List.of(60.0)));
        PartnerSnapshot groningen = partner("Martini", GRONINGEN, 1, null);
        PartnerSnapshot utrecht = partner("Domstad", UTRECHT, 4, null);

        Decision decision = oneStep.decide(lead(MAASTRICHT), List.of(utrecht, groningen));

        // nearest first: the whole country competes, and region still prefers the clearly closer partner
        assertThat(decision.partnerId()).isEqualTo(utrecht.id());
        assertThat(decision.rule()).isEqualTo(Rule.REGION);
        assertThat(decision.reach()).isEqualTo(new Reach(Reach.Kind.WHOLE_COUNTRY, null, 2));
        assertThat(decision.explanation()).startsWith("No eligible partner's service area covers the lead "
                + "(the lead's coordinates) and none is within 60.0 km; widened to the whole country: Region: "
                + "Domstad is 1");
        assertThat(decision.candidates()).extracting(CandidateAssessment::exclusions)
                .containsOnly(List.of(Exclusion.OUTSIDE_SERVICE_AREA));
    }

    @Test
    void aWishForAPartnerFarOutsideItsAreaIsStillHonoured() {
        PartnerSnapshot groningen = partner("Martini", GRONINGEN, 0, null);
        PartnerSnapshot maastricht = partner("Vrijthof", MAASTRICHT, 9, null);

        Decision decision = engine.decide(new MatchRequest(LeadLocation.coordinates(GRONINGEN_WEST),
                new Wish(maastricht.id(), "REFERRED_BY_PARTNER"), Set.of(), TODAY), List.of(groningen, maastricht));

        assertThat(decision.rule()).isEqualTo(Rule.CUSTOMER_WISH);
        assertThat(decision.partnerId()).isEqualTo(maastricht.id());
        assertThat(decision.reach()).isNull();
        assertThat(decision.explanation()).isEqualTo("Customer's wish: the customer was referred by Vrijthof, an "
                + "eligible partner (the lead is outside its service area, but a wish beats geography).");
        assertThat(decision.candidates()).extracting(CandidateAssessment::name, CandidateAssessment::eligible,
                        CandidateAssessment::exclusions)
                .containsExactly(tuple("Vrijthof", true, List.of(Exclusion.OUTSIDE_SERVICE_AREA)),
                        tuple("Martini", true, List.of()));
    }

    @Test
    void pc4RangesProvincesAndTheWholeCountryExtendAnAreaAndAnOwnRadiusNarrowsIt() {
        PartnerSnapshot byRange = partner("Bereik", UTRECHT, 1, new ServiceArea(null,
                List.of(new Pc4Range(9400, 9499)), List.of(), false));
        PartnerSnapshot byProvince = partner("Provinciaal", ZWOLLE, 2, new ServiceArea(null, List.of(),
                List.of(Province.DRENTHE), false));
        PartnerSnapshot everywhere = partner("Landelijk", MAASTRICHT, 3, new ServiceArea(null, List.of(), List.of(), true));
        PartnerSnapshot narrow = partner("Krap", GRONINGEN, 0, new ServiceArea(10.0, List.of(), List.of(), false));

        Decision decision = engine.decide(new MatchRequest(LeadLocation.coordinates(ASSEN), null, Set.of(), TODAY,
                "9401", Province.DRENTHE), List.of(byRange, byProvince, everywhere, narrow));

        assertThat(decision.reach()).isEqualTo(new Reach(Reach.Kind.SERVICE_AREAS, null, 3));
        assertThat(decision.partnerId()).isEqualTo(byProvince.id());
        assertThat(decision.rule()).isEqualTo(Rule.REGION);
        assertThat(decision.candidates()).filteredOn(CandidateAssessment::competed)
                .extracting(CandidateAssessment::name).containsExactlyInAnyOrder("Bereik", "Provinciaal", "Landelijk");
        assertThat(decision.candidates()).filteredOn(candidate -> candidate.name().equals("Krap"))
                .extracting(CandidateAssessment::detail, CandidateAssessment::serviceArea)
                .containsExactly(tuple("outside its service area (within 10 km; 25.2 km away)", "within 10 km"));
        assertThat(decision.candidates()).filteredOn(candidate -> candidate.name().equals("Bereik"))
                .extracting(CandidateAssessment::serviceArea).containsExactly("within 40 km, PC4 9400-9499");
    }

    @Test
    void aLeadWithoutLocationIsCoveredOnlyByPc4RangesOrProvinces() {
        PartnerSnapshot byProvince = partner("Provinciaal", ZWOLLE, 5, new ServiceArea(null, List.of(),
                List.of(Province.DRENTHE), false));
        PartnerSnapshot near = partner("Asser", ASSEN, 0, null);

        Decision decision = engine.decide(new MatchRequest(LeadLocation.unknown("no gazetteer entry"), null, Set.of(),
                TODAY, "9401", Province.DRENTHE), List.of(near, byProvince));

        assertThat(decision.partnerId()).isEqualTo(byProvince.id());
        assertThat(decision.rule()).isEqualTo(Rule.REGION);
        assertThat(decision.explanation()).startsWith("Region: Provinciaal is the only eligible partner whose service "
                + "area covers the lead (by its PC4 ranges or provinces).");
        assertThat(decision.explanation()).contains("Asser: outside its service area (within 40 km; the lead's "
                + "location is unknown)");
    }

    @Test
    void aLeadWithoutLocationOrMatchingRangeGoesToDistributionAcrossTheCountryAndSaysWhy() {
        PartnerSnapshot groningen = partner("Martini", GRONINGEN, 3, null);
        PartnerSnapshot utrecht = partner("Domstad", UTRECHT, 1, null);

        Decision withPc4 = engine.decide(new MatchRequest(LeadLocation.unknown("PC4 9999 is not in the gazetteer"),
                null, Set.of(), TODAY, "9999", null), List.of(groningen, utrecht));
        Decision withoutPc4 = engine.decide(new MatchRequest(LeadLocation.unknown("no postcode"), null, Set.of(),
                TODAY), List.of(groningen, utrecht));

        assertThat(withPc4.partnerId()).isEqualTo(utrecht.id());
        assertThat(withPc4.reach().kind()).isEqualTo(Reach.Kind.WHOLE_COUNTRY);
        assertThat(withPc4.explanation()).startsWith("The lead's location is unknown (PC4 9999 is not in the "
                + "gazetteer) and no eligible partner's PC4 ranges or provinces cover PC4 9999; all eligible partners "
                + "across the country compete: Distribution: Domstad has the lowest load of the 2 eligible partners");
        assertThat(withoutPc4.explanation()).startsWith("The lead's location is unknown (no postcode) and it has no "
                + "PC4 to match partners' PC4 ranges and provinces against;");
        assertThat(withPc4.candidates()).extracting(CandidateAssessment::exclusions).containsOnly(List.of());
    }

    @Test
    void aPartnerThatIsTheOnlyOneCoveringTheLeadWinsByRegion() {
        PartnerSnapshot groningen = partner("Martini", GRONINGEN, 8, null);
        PartnerSnapshot utrecht = partner("Domstad", UTRECHT, 0, null);

        Decision decision = engine.decide(lead(GRONINGEN_WEST), List.of(utrecht, groningen));

        assertThat(decision.rule()).isEqualTo(Rule.REGION);
        assertThat(decision.partnerId()).isEqualTo(groningen.id());
        assertThat(decision.explanation()).startsWith("Region: Martini is the only eligible partner whose service area "
                + "covers the lead (1.4 km from the lead (the lead's coordinates)). Competing (1): Martini (1.4 km). "
                + "Not competing: Domstad: outside its service area (within 40 km; ");
    }

    @Test
    void theWideningIsTheSameWhateverTheOrderOfPartners() {
        PartnerSnapshot a = partner("A", EINDHOVEN, 1, null);
        PartnerSnapshot b = partner("B", new GeoPoint(51.45, 5.48), 1, null);
        PartnerSnapshot c = partner("C", UTRECHT, 0, null);

        Decision one = engine.decide(lead(MAASTRICHT), List.of(a, b, c));
        Decision other = engine.decide(lead(MAASTRICHT), List.of(c, b, a));

        assertThat(other.partnerId()).isEqualTo(one.partnerId());
        assertThat(other.explanation()).isEqualTo(one.explanation());
        assertThat(one.reach()).isEqualTo(new Reach(Reach.Kind.WIDENED, 100.0, 2));
    }

    private static PartnerSnapshot partner(String name, GeoPoint location, int customers, ServiceArea area) {
        return new PartnerSnapshot(UUID.randomUUID(), name, true, 10, customers, 0, location, List.of(), null, area);
    }

    private static MatchRequest lead(GeoPoint location) {
        return new MatchRequest(LeadLocation.coordinates(location), null, Set.of(), TODAY);
    }
}
