package nl.totalservice.onboarding.partner.matching.engine;

import nl.totalservice.onboarding.partner.geography.GeoPoint;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class MatchingEngineTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 7, 1);
    private static final GeoPoint GRONINGEN = new GeoPoint(53.2166, 6.5695);
    private static final GeoPoint GRONINGEN_ZUID = new GeoPoint(53.2050, 6.5700);
    private static final GeoPoint MAASTRICHT = new GeoPoint(50.8501, 5.6882);
    private static final GeoPoint UTRECHT = new GeoPoint(52.0884, 5.1175);
    private static final GeoPoint NIEUWEGEIN = new GeoPoint(52.0290, 5.0850);
    private static final GeoPoint BUNNIK = new GeoPoint(52.0670, 5.1980);

    private final MatchingEngine engine = new MatchingEngine(MatchingPolicy.defaults());

    @Test
    void customersWishBeatsRegion() {
        PartnerSnapshot groningen = partner("Noord", GRONINGEN);
        PartnerSnapshot maastricht = partner("Zuid", MAASTRICHT);

        Decision decision = engine.decide(lead(GRONINGEN_ZUID, new Wish(maastricht.id(), "REFERRED_BY_PARTNER")),
                List.of(groningen, maastricht));

        assertThat(decision.rule()).isEqualTo(Rule.CUSTOMER_WISH);
        assertThat(decision.partnerId()).isEqualTo(maastricht.id());
        assertThat(decision.explanation()).contains("referred by Zuid");
        assertThat(decision.skippedRules()).isEmpty();
    }

    @Test
    void wishForAPartnerAtCapacityFallsThroughWithTheReason() {
        PartnerSnapshot groningen = partner("Noord", GRONINGEN);
        PartnerSnapshot maastricht = new PartnerSnapshot(UUID.randomUUID(), "Zuid", true, 5, 4, 1, MAASTRICHT,
                List.of(), null);

        PartnerSnapshot utrecht = partner("Midden", UTRECHT);

        Decision decision = engine.decide(lead(GRONINGEN_ZUID, new Wish(maastricht.id(), "EXISTING_CONTACT")),
                List.of(groningen, maastricht, utrecht));

        assertThat(decision.rule()).isEqualTo(Rule.REGION);
        assertThat(decision.partnerId()).isEqualTo(groningen.id());
        assertThat(decision.skippedRules()).singleElement().satisfies(skipped -> {
            assertThat(skipped.rule()).isEqualTo(Rule.CUSTOMER_WISH);
            assertThat(skipped.reason()).contains("Zuid", "at capacity (4 customers + 1 open of capacity 5)");
        });
        assertThat(decision.explanation()).contains("could not be honoured");
        assertThat(decision.candidates()).extracting(CandidateAssessment::name).contains("Zuid");
    }

    @Test
    void wishForAnUnknownPartnerFallsThrough() {
        UUID unknown = UUID.randomUUID();
        Decision decision = engine.decide(lead(GRONINGEN_ZUID, new Wish(unknown, "EXISTING_CONTACT")),
                List.of(partner("Noord", GRONINGEN), partner("Zuid", MAASTRICHT)));

        assertThat(decision.skippedRules().get(0).reason()).contains(unknown.toString(), "not a registered partner");
        assertThat(decision.rule()).isEqualTo(Rule.REGION);
    }

    @Test
    void regionChoosesTheClearlyNearestPartnerAndExplainsWithNumbers() {
        PartnerSnapshot groningen = partner("Noord", GRONINGEN);
        PartnerSnapshot maastricht = partner("Zuid", MAASTRICHT);
        // areas wide enough that both cover the lead: the margins alone decide
        MatchingEngine wide = new MatchingEngine(MatchingPolicy.defaults().withServiceAreas(300, List.of()));

        Decision decision = wide.decide(lead(GRONINGEN_ZUID, null), List.of(maastricht, groningen));

        assertThat(decision.rule()).isEqualTo(Rule.REGION);
        assertThat(decision.partnerId()).isEqualTo(groningen.id());
        assertThat(decision.skippedRules()).extracting(SkippedRule::rule).containsExactly(Rule.CUSTOMER_WISH);
        assertThat(decision.explanation()).contains("Noord is 1.3 km", "runner-up Zuid at 2", "needed at least 10.0 km and 25.0%");
        assertThat(decision.candidates()).extracting(CandidateAssessment::name).containsExactly("Noord", "Zuid");
        assertThat(decision.candidates().get(1).distanceKm()).isBetween(260.0, 275.0);
    }

    @Test
    void partnersAtNearlyEqualDistanceFallThroughToDistribution() {
        PartnerSnapshot nieuwegein = new PartnerSnapshot(UUID.randomUUID(), "Nieuwegein", true, 10, 4, 0, NIEUWEGEIN,
                List.of(), null);
        PartnerSnapshot bunnik = new PartnerSnapshot(UUID.randomUUID(), "Bunnik", true, 10, 2, 0, BUNNIK, List.of(), null);

        Decision decision = engine.decide(lead(UTRECHT, null), List.of(nieuwegein, bunnik));

        assertThat(decision.rule()).isEqualTo(Rule.DISTRIBUTION);
        assertThat(decision.partnerId()).isEqualTo(bunnik.id());
        assertThat(decision.skippedRules()).extracting(SkippedRule::rule).containsExactly(Rule.CUSTOMER_WISH, Rule.REGION);
        assertThat(decision.skippedRules().get(1).reason()).contains("not clearly closer", "needed at least 10.0 km and 25.0%");
        assertThat(decision.explanation()).contains("Bunnik has the lowest load", "2 customers + 0 open of capacity 10 (20%)",
                "next is Nieuwegein");
    }

    @Test
    void eitherMarginSufficesWhenConfigured() {
        MatchingEngine either = new MatchingEngine(new MatchingPolicy(10, 25, MarginMode.EITHER, true, true, 100));
        // 6.7 km against 6.0 km: neither margin; 1 km against 6 km: 83% closer but only 5 km
        PartnerSnapshot near = partner("Near", new GeoPoint(52.0884, 5.1320));
        PartnerSnapshot bunnik = partner("Bunnik", BUNNIK);

        assertThat(either.decide(lead(UTRECHT, null), List.of(near, bunnik)).rule()).isEqualTo(Rule.REGION);
        assertThat(engine.decide(lead(UTRECHT, null), List.of(near, bunnik)).rule()).isEqualTo(Rule.DISTRIBUTION);
    }

    @Test
    void partnersAtCapacityOnHolidayInactiveOrDeclinedAreSkipped() {
        PartnerSnapshot full = new PartnerSnapshot(UUID.randomUUID(), "Full", true, 3, 3, 0, GRONINGEN, List.of(), null);
        PartnerSnapshot away = new PartnerSnapshot(UUID.randomUUID(), "Away", true, 10, 0, 0, GRONINGEN,
                List.of(new Unavailability(TODAY.minusDays(2), TODAY.plusDays(5), "Summer holiday")), null);
        PartnerSnapshot closed = new PartnerSnapshot(UUID.randomUUID(), "Closed", false, 10, 0, 0, GRONINGEN, List.of(), null);
        PartnerSnapshot decliner = partner("Decliner", GRONINGEN);
        PartnerSnapshot far = partner("Far", MAASTRICHT);

        Decision decision = engine.decide(new MatchRequest(LeadLocation.coordinates(GRONINGEN_ZUID), null,
                Set.of(decliner.id()), TODAY), List.of(full, away, closed, decliner, far));

        assertThat(decision.partnerId()).isEqualTo(far.id());
        assertThat(decision.rule()).isEqualTo(Rule.DISTRIBUTION);
        assertThat(decision.explanation()).contains("Far is the only eligible partner");
        assertThat(decision.candidates()).filteredOn(candidate -> !candidate.eligible())
                .extracting(CandidateAssessment::name, CandidateAssessment::exclusions)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Full", List.of(Exclusion.AT_CAPACITY)),
                        org.assertj.core.groups.Tuple.tuple("Away", List.of(Exclusion.UNAVAILABLE)),
                        org.assertj.core.groups.Tuple.tuple("Closed", List.of(Exclusion.INACTIVE)),
                        org.assertj.core.groups.Tuple.tuple("Decliner", List.of(Exclusion.DECLINED_THIS_LEAD)));
        assertThat(decision.candidates()).filteredOn(candidate -> candidate.name().equals("Away"))
                .extracting(CandidateAssessment::detail).containsExactly("unavailable from 2026-06-29 to 2026-07-06 (Summer holiday)");
    }

    @Test
    void inactivePartnersAreListedAfterTheOtherExcludedOnesHoweverNearTheyAre() {
        PartnerSnapshot closedNear = new PartnerSnapshot(UUID.randomUUID(), "Closed near", false, 10, 0, 0,
                GRONINGEN_ZUID, List.of(), null);
        PartnerSnapshot full = new PartnerSnapshot(UUID.randomUUID(), "Full", true, 3, 3, 0, GRONINGEN, List.of(), null);
        PartnerSnapshot decliner = partner("Decliner", UTRECHT);
        PartnerSnapshot far = partner("Far", MAASTRICHT);

        Decision decision = engine.decide(new MatchRequest(LeadLocation.coordinates(GRONINGEN_ZUID), null,
                Set.of(decliner.id()), TODAY), List.of(closedNear, full, decliner, far));

        assertThat(decision.candidates()).extracting(CandidateAssessment::name)
                .containsExactly("Far", "Full", "Decliner", "Closed near");
    }

    @Test
    void aHolidayThatEndedYesterdayOrStartsTomorrowDoesNotExclude() {
        PartnerSnapshot back = new PartnerSnapshot(UUID.randomUUID(), "Back", true, 10, 0, 0, GRONINGEN,
                List.of(new Unavailability(TODAY.minusDays(10), TODAY.minusDays(1), "Holiday"),
                        new Unavailability(TODAY.plusDays(1), TODAY.plusDays(3), "Closure")), null);

        assertThat(engine.decide(lead(GRONINGEN, null), List.of(back)).matched()).isTrue();
    }

    @Test
    void openAssignmentsCountInCapacityAndLoadUnlessConfiguredOff() {
        PartnerSnapshot busy = new PartnerSnapshot(UUID.randomUUID(), "Busy", true, 4, 1, 3, UTRECHT, List.of(), null);
        PartnerSnapshot quiet = new PartnerSnapshot(UUID.randomUUID(), "Quiet", true, 4, 2, 0, UTRECHT, List.of(), null);

        Decision counted = engine.decide(lead(null, null), List.of(busy, quiet));
        Decision uncounted = new MatchingEngine(new MatchingPolicy(10, 25, MarginMode.BOTH, true, false, 100))
                .decide(lead(null, null), List.of(busy, quiet));

        assertThat(counted.partnerId()).isEqualTo(quiet.id());
        assertThat(counted.candidates()).filteredOn(c -> c.name().equals("Busy"))
                .extracting(CandidateAssessment::exclusions).containsExactly(List.of(Exclusion.AT_CAPACITY));
        assertThat(counted.reach().kind()).isEqualTo(Reach.Kind.WHOLE_COUNTRY);
        assertThat(uncounted.partnerId()).isEqualTo(busy.id());
    }

    @Test
    void distributionComparesLoadRelativeToCapacityOrAsACount() {
        PartnerSnapshot big = new PartnerSnapshot(UUID.randomUUID(), "Big", true, 100, 30, 0, null, List.of(), null);
        PartnerSnapshot small = new PartnerSnapshot(UUID.randomUUID(), "Small", true, 10, 5, 0, null, List.of(), null);

        assertThat(engine.decide(lead(null, null), List.of(big, small)).partnerId()).isEqualTo(big.id());
        MatchingEngine counting = new MatchingEngine(new MatchingPolicy(10, 25, MarginMode.BOTH, false, true, 100));
        assertThat(counting.decide(lead(null, null), List.of(big, small)).partnerId()).isEqualTo(small.id());
    }

    @Test
    void tiesGoToThePartnerWaitingLongestSinceItsLastAssignmentThenToTheLowestId() {
        UUID lowId = UUID.fromString("00000000-0000-0000-0000-000000000001");
        UUID highId = UUID.fromString("ffffffff-0000-0000-0000-000000000001");
        PartnerSnapshot recent = new PartnerSnapshot(lowId, "Recent", true, 10, 2, 0, null, List.of(),
                Instant.parse("2026-06-30T10:00:00Z"));
        PartnerSnapshot waiting = new PartnerSnapshot(highId, "Waiting", true, 10, 2, 0, null, List.of(),
                Instant.parse("2026-05-01T10:00:00Z"));
        PartnerSnapshot never = new PartnerSnapshot(UUID.fromString("88888888-0000-0000-0000-000000000001"), "Never",
                true, 10, 2, 0, null, List.of(), null);

        Decision withWaiting = engine.decide(lead(null, null), List.of(recent, waiting));
        Decision withNever = engine.decide(lead(null, null), List.of(recent, waiting, never));
        PartnerSnapshot twin = new PartnerSnapshot(lowId, "Twin", true, 10, 2, 0, null, List.of(),
                Instant.parse("2026-05-01T10:00:00Z"));
        Decision byId = engine.decide(lead(null, null), List.of(waiting, twin));

        assertThat(withWaiting.partnerId()).isEqualTo(highId);
        assertThat(withWaiting.explanation()).contains("tied with Recent", "waited longer");
        assertThat(withNever.partnerName()).isEqualTo("Never");
        assertThat(byId.partnerName()).isEqualTo("Twin");
        assertThat(byId.explanation()).contains("lower partner id comes first");
    }

    @Test
    void anUnknownLocationLetsRegionSayWhy() {
        Decision decision = engine.decide(new MatchRequest(LeadLocation.unknown("no gazetteer is loaded"), null, Set.of(),
                TODAY), List.of(partner("A", GRONINGEN), partner("B", MAASTRICHT)));

        assertThat(decision.rule()).isEqualTo(Rule.DISTRIBUTION);
        assertThat(decision.skippedRules().get(1).reason()).contains("location is unknown (no gazetteer is loaded)");
        assertThat(decision.candidates()).extracting(CandidateAssessment::distanceKm).containsOnlyNulls();
    }

    @Test
    void noEligiblePartnerGivesNoPartnerAvailableWithReasons() {
        PartnerSnapshot full = new PartnerSnapshot(UUID.randomUUID(), "Full", true, 1, 1, 0, GRONINGEN, List.of(), null);
        PartnerSnapshot closed = new PartnerSnapshot(UUID.randomUUID(), "Closed", false, 10, 0, 0, GRONINGEN, List.of(), null);

        Decision decision = engine.decide(lead(GRONINGEN, null), List.of(full, closed));
        Decision nobody = engine.decide(lead(GRONINGEN, null), List.of());

        assertThat(decision.outcome()).isEqualTo(Outcome.NO_PARTNER_AVAILABLE);
        assertThat(decision.partnerId()).isNull();
        assertThat(decision.reasons()).containsExactly("1 partner inactive: Closed (inactive)",
                "1 partner at capacity: Full (at capacity (1 customers + 0 open of capacity 1))");
        assertThat(decision.explanation()).contains("all 2 registered partners are excluded (1 inactive, 1 at capacity)");
        assertThat(nobody.reasons()).containsExactly("No partners are registered.");
    }

    @Test
    void theSameInputsGiveTheSameDecisionWhateverTheOrderOfPartners() {
        Random random = new Random(7);
        List<PartnerSnapshot> partners = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            partners.add(new PartnerSnapshot(new UUID(random.nextLong(), random.nextLong()), "P" + i, random.nextInt(10) > 0,
                    10, random.nextInt(5), random.nextInt(3), new GeoPoint(51 + random.nextDouble() * 2,
                    4 + random.nextDouble() * 2.5), List.of(), null));
        }
        Decision first = engine.decide(lead(UTRECHT, null), partners);
        List<PartnerSnapshot> shuffled = new ArrayList<>(partners);
        Collections.shuffle(shuffled, random);
        Decision second = engine.decide(lead(UTRECHT, null), shuffled);

        assertThat(second.partnerId()).isEqualTo(first.partnerId());
        assertThat(second.rule()).isEqualTo(first.rule());
        assertThat(second.explanation()).isEqualTo(first.explanation());
        assertThat(second.candidates()).extracting(CandidateAssessment::partnerId)
                .containsExactlyElementsOf(first.candidates().stream().map(CandidateAssessment::partnerId).toList());
    }

    @Test
    void aLongListOfCandidatesIsCutAtTheLimitKeepingTheChosenTheWishedAndTheNearest() {
        MatchingEngine limited = listingAtMost(5);
        List<PartnerSnapshot> partners = northOfUtrecht(50);
        PartnerSnapshot wishedFarAway = new PartnerSnapshot(UUID.randomUUID(), "Wished", true, 1, 1, 0, MAASTRICHT,
                List.of(), null);
        partners.add(wishedFarAway);

        Decision decision = limited.decide(lead(UTRECHT, new Wish(wishedFarAway.id(), "EXISTING_CONTACT")), partners);

        assertThat(decision.candidates()).hasSize(5);
        assertThat(decision.candidatesOmitted()).isEqualTo(46);
        assertThat(decision.candidates().get(0).partnerId()).isEqualTo(decision.partnerId());
        assertThat(decision.candidates()).extracting(CandidateAssessment::name).contains("P0", "P1", "Wished");
    }

    @Test
    void partnersWhoDeclinedTheLeadAreListedBeyondTheLimitInTheirPlaceByDistance() {
        MatchingEngine limited = listingAtMost(4);
        List<PartnerSnapshot> partners = northOfUtrecht(30);
        PartnerSnapshot declinedNear = partner("Declined near", new GeoPoint(52.0884, 5.12));
        PartnerSnapshot declinedFar = partner("Declined far", MAASTRICHT);
        PartnerSnapshot wishedFar = partner("Wished far", new GeoPoint(53.2194, 6.5665));
        partners.add(declinedFar);
        partners.add(wishedFar);
        partners.add(declinedNear);

        Decision decision = limited.decide(new MatchRequest(LeadLocation.coordinates(UTRECHT),
                new Wish(wishedFar.id(), "EXISTING_CONTACT"), Set.of(declinedNear.id(), declinedFar.id()), TODAY), partners);

        assertThat(decision.partnerId()).isEqualTo(wishedFar.id());
        // the chosen (the wish), one place left for the nearest, then the two who declined, at the end (excluded)
        assertThat(decision.candidates()).extracting(CandidateAssessment::name)
                .containsExactly("Wished far", "P0", "Declined near", "Declined far");
        assertThat(decision.candidatesOmitted()).isEqualTo(29);

        Decision unwished = limited.decide(new MatchRequest(LeadLocation.coordinates(UTRECHT), null,
                Set.of(declinedNear.id(), declinedFar.id()), TODAY), partners);
        assertThat(unwished.candidates()).hasSize(4);
        assertThat(unwished.candidates().get(0).partnerId()).isEqualTo(unwished.partnerId());
        assertThat(unwished.candidates()).extracting(CandidateAssessment::name).endsWith("Declined near", "Declined far")
                .doesNotContain("Wished far");
        assertThat(unwished.candidatesOmitted()).isEqualTo(29);
    }

    private static MatchingEngine listingAtMost(int candidates) {
        return new MatchingEngine(new MatchingPolicy(10, 25, MarginMode.BOTH, true, true, candidates));
    }

    /** P0 in Utrecht, then P1, P2, ... each 0.05 degrees (about 5.6 km) further north. */
    private static List<PartnerSnapshot> northOfUtrecht(int count) {
        List<PartnerSnapshot> partners = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            partners.add(partner("P" + i, new GeoPoint(UTRECHT.latitude() + i * 0.05, UTRECHT.longitude())));
        }
        return partners;
    }

    private static PartnerSnapshot partner(String name, GeoPoint location) {
        return new PartnerSnapshot(UUID.randomUUID(), name, true, 10, 0, 0, location, List.of(), null);
    }

    private static MatchRequest lead(GeoPoint location, Wish wish) {
        return new MatchRequest(location == null ? LeadLocation.unknown("no coordinates")
                : LeadLocation.coordinates(location), wish, Set.of(), TODAY);
    }
}
