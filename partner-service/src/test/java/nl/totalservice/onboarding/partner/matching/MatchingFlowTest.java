package nl.totalservice.onboarding.partner.matching;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.totalservice.onboarding.partner.support.KafkaClients;
import nl.totalservice.onboarding.partner.support.LeadEventsFixture;
import nl.totalservice.onboarding.partner.support.TestPartners;
import nl.totalservice.onboarding.partner.support.TestWorld;
import nl.totalservice.onboarding.platform.testing.kafka.RecordedEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Matching end to end over the real broker, database and gazetteer: lead-service's and
 * task-service's events come in over Kafka, decisions go out on partner-events.
 */
@QuarkusTest
class MatchingFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @RegisterExtension
    static final KafkaClients kafka = new KafkaClients();

    @Inject
    TestWorld world;

    @Test
    void customersWishBeatsRegion() {
        UUID groningen = TestPartners.register("Noord Accountants", "9711 AA", "Groningen");
        UUID maastricht = TestPartners.register("Zuid Accountants", "6211 AA", "Maastricht");
        world.onlyActive(Set.of(groningen, maastricht));
        UUID lead = UUID.randomUUID();

        kafka.leadEvent(lead, "LeadInterestRecorded",
                LeadEventsFixture.interested(lead, 1, "9712 AB", maastricht));

        RecordedEvent matched = kafka.partnerEvents().awaitType("PartnerMatched", lead.toString(), WAIT);
        assertThat(matched.key()).isEqualTo(lead.toString());
        assertThat(matched.field("rule")).isEqualTo("CUSTOMER_WISH");
        assertThat(matched.field("partnerId")).isEqualTo(maastricht.toString());
        assertThat(matched.field("trigger")).isEqualTo("INTEREST_RECORDED");
        assertThat(matched.field("explanation")).contains("already has contact with Zuid Accountants");
        assertThat(matched.field("/owner/email")).isEqualTo("sanne.devries@totalservice.nl");
    }

    @Test
    void wishForAnIneligiblePartnerFallsThroughWithTheReasonRecorded() {
        UUID groningen = TestPartners.register("Stad Accountants", "9711 AA", "Groningen");
        UUID fullOne = TestPartners.atCapacity("Vol Accountants", "6211 AA", "Maastricht");
        UUID utrecht = TestPartners.register("Midden Accountants", "3511 AA", "Utrecht");
        world.onlyActive(Set.of(groningen, fullOne, utrecht));
        UUID lead = UUID.randomUUID();

        kafka.leadEvent(lead, "LeadInterestRecorded",
                LeadEventsFixture.interested(lead, 1, "9712 AB", fullOne));

        RecordedEvent matched = kafka.partnerEvents().awaitType("PartnerMatched", lead.toString(), WAIT);
        assertThat(matched.field("rule")).isEqualTo("REGION");
        assertThat(matched.field("partnerId")).isEqualTo(groningen.toString());
        assertThat(matched.field("/skippedRules/0/rule")).isEqualTo("CUSTOMER_WISH");
        assertThat(matched.field("/skippedRules/0/reason")).contains("Vol Accountants", "at capacity");
        assertThat(matched.field("explanation")).contains("could not be honoured");
    }

    @Test
    void aCustomerInGroningenGoesToTheGroningenPartnerByRegion() {
        UUID groningen = TestPartners.register("Martini Accountants", "9711 AA", "Groningen");
        UUID maastricht = TestPartners.register("Vrijthof Accountants", "6211 AA", "Maastricht");
        world.onlyActive(Set.of(groningen, maastricht));
        UUID lead = UUID.randomUUID();

        kafka.leadEvent(lead, "LeadInterestRecorded",
                LeadEventsFixture.interested(lead, 1, "9712 AB", null));

        RecordedEvent matched = kafka.partnerEvents().awaitType("PartnerMatched", lead.toString(), WAIT);
        assertThat(matched.field("rule")).isEqualTo("REGION");
        assertThat(matched.field("partnerId")).isEqualTo(groningen.toString());
        assertThat(matched.field("partnerName")).isEqualTo("Martini Accountants");
        assertThat(matched.field("explanation")).contains("the centre of PC4 9712 (Groningen)",
                "the only eligible partner whose service area covers the lead",
                "Vrijthof Accountants: outside its service area (within 40 km; 2");
        assertThat(Double.parseDouble(matched.field("/candidates/0/distanceKm"))).isLessThan(2);
        assertThat(Double.parseDouble(matched.field("/candidates/1/distanceKm"))).isBetween(260.0, 280.0);
        assertThat(matched.field("/candidates/1/eligible")).isEqualTo("true");
        assertThat(matched.field("/skippedRules/0/reason")).isEqualTo("The customer named no partner.");
    }

    @Test
    void twoPartnersAtNearlyEqualDistanceFallThroughToDistribution() {
        UUID nieuwegein = TestPartners.register("Nieuwegein Accountants", "3431 AA", "Nieuwegein");
        var bunnikBody = TestPartners.body("Bunnik Accountants", "3981 AA", "Bunnik");
        bunnikBody.put("activeCustomers", 3);
        UUID bunnik = TestPartners.register(bunnikBody);
        world.onlyActive(Set.of(nieuwegein, bunnik));
        UUID lead = UUID.randomUUID();

        kafka.leadEvent(lead, "LeadInterestRecorded",
                LeadEventsFixture.interested(lead, 1, "3511 AB", null));

        RecordedEvent matched = kafka.partnerEvents().awaitType("PartnerMatched", lead.toString(), WAIT);
        assertThat(matched.field("rule")).isEqualTo("DISTRIBUTION");
        assertThat(matched.field("partnerId")).isEqualTo(nieuwegein.toString());
        assertThat(matched.field("/skippedRules/1/rule")).isEqualTo("REGION");
        assertThat(matched.field("/skippedRules/1/reason")).contains("is not clearly closer", "needed at least 10.0 km and 25.0%");
        assertThat(matched.field("explanation")).contains("lowest load", "Bunnik Accountants (3 customers");
    }

    @Test
    void partnersAtCapacityOrOnHolidayAreSkipped() {
        UUID full = TestPartners.atCapacity("Druk Accountants", "9711 AA", "Groningen");
        UUID away = TestPartners.onHoliday("Weg Accountants", "9711 AA", "Groningen");
        UUID far = TestPartners.register("Ver Accountants", "6211 AA", "Maastricht");
        world.onlyActive(Set.of(full, away, far));
        UUID lead = UUID.randomUUID();

        kafka.leadEvent(lead, "LeadInterestRecorded",
                LeadEventsFixture.interested(lead, 1, "9712 AB", null));

        RecordedEvent matched = kafka.partnerEvents().awaitType("PartnerMatched", lead.toString(), WAIT);
        assertThat(matched.field("partnerId")).isEqualTo(far.toString());
        List<String> exclusions = matched.json().path("candidates").findValues("exclusions").stream()
                .map(Object::toString).toList();
        assertThat(exclusions).contains("[\"AT_CAPACITY\"]", "[\"UNAVAILABLE\"]");
        assertThat(matched.value()).contains("unavailable from", "Summer holiday", "at capacity (2 customers");
    }

    @Test
    void noEligiblePartnerPublishesNoPartnerAvailableWithReasons() {
        UUID full = TestPartners.atCapacity("Overvol Accountants", "9711 AA", "Groningen");
        world.onlyActive(Set.of(full));
        UUID lead = UUID.randomUUID();

        kafka.leadEvent(lead, "LeadInterestRecorded",
                LeadEventsFixture.interested(lead, 1, "9712 AB", null));

        RecordedEvent none = kafka.partnerEvents().awaitType("NoPartnerAvailable", lead.toString(), WAIT);
        assertThat(none.field("trigger")).isEqualTo("INTEREST_RECORDED");
        assertThat(none.value()).contains("at capacity: Overvol Accountants");
        assertThat(world.statusOf(lead)).containsExactly("UNASSIGNED");
    }

    @Test
    void aDeclineLeadsToANewDecisionWithoutTheDecliner() {
        UUID groningen = TestPartners.register("Eerste Keus Accountants", "9711 AA", "Groningen");
        UUID maastricht = TestPartners.register("Tweede Keus Accountants", "6211 AA", "Maastricht");
        world.onlyActive(Set.of(groningen, maastricht));
        UUID lead = UUID.randomUUID();
        UUID task = UUID.randomUUID();
        kafka.leadEvent(lead, "LeadInterestRecorded",
                LeadEventsFixture.interested(lead, 1, "9712 AB", null));
        RecordedEvent first = kafka.partnerEvents().awaitType("PartnerMatched", lead.toString(), WAIT);
        assertThat(first.field("partnerId")).isEqualTo(groningen.toString());

        kafka.taskEvent(task, "TaskDeclined",
                LeadEventsFixture.taskDeclined(task, lead, groningen));

        RecordedEvent second = kafka.partnerEvents().awaitType("PartnerMatched",
                event -> lead.toString().equals(event.key()) && "TASK_DECLINED".equals(event.field("trigger")), WAIT);
        assertThat(second.field("partnerId")).isEqualTo(maastricht.toString());
        assertThat(second.field("taskId")).isEqualTo(task.toString());
        assertThat(second.field("decisionId")).isNotEqualTo(first.field("decisionId"));
        assertThat(second.value()).contains("DECLINED_THIS_LEAD", "declined this lead");
        assertThat(world.decisionsOf(lead)).isEqualTo(2);
    }

    @Test
    void aRedeliveredLeadInterestRecordedYieldsOneDecision() {
        UUID partner = TestPartners.register("Eenmalig Accountants", "9711 AA", "Groningen");
        world.onlyActive(Set.of(partner));
        UUID lead = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String body = LeadEventsFixture.interested(lead, 1, "9712 AB", null);

        kafka.leadEvent(lead, eventId, "LeadInterestRecorded", body);
        kafka.leadEvent(lead, eventId, "LeadInterestRecorded", body);
        // the same revision republished under a new event id is also the same fact
        kafka.leadEvent(lead, "LeadInterestRecorded", body);
        // a later revision while the decision stands refreshes the input but does not decide again
        kafka.leadEvent(lead, "LeadInterestRecorded",
                LeadEventsFixture.interested(lead, 2, "9713 AB", null));
        // same key, so handled after the ones above: once it shows, they have all been handled
        kafka.leadEvent(lead, "LeadOnboarded", LeadEventsFixture.onboarded(lead, partner));

        kafka.partnerEvents().awaitType("PartnerUpdated", event -> partner.toString().equals(event.key())
                && "1".equals(event.field("activeCustomers")), WAIT);
        assertThat(kafka.partnerEvents().ofType("PartnerMatched")).filteredOn(event -> lead.toString().equals(event.key()))
                .hasSize(1);
        assertThat(world.decisionsOf(lead)).isEqualTo(1);
    }
}
