package nl.totalservice.onboarding.partner.matching;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import nl.totalservice.onboarding.partner.Topics;
import nl.totalservice.onboarding.partner.support.KafkaClients;
import nl.totalservice.onboarding.partner.support.LeadEventsFixture;
import nl.totalservice.onboarding.partner.support.TestPartners;
import nl.totalservice.onboarding.partner.support.TestWorld;
import nl.totalservice.onboarding.platform.testing.infra.SharedInfrastructure;
import nl.totalservice.onboarding.platform.testing.kafka.TopicRecorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.totalservice.onboarding.partner.support.TestPartners.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Customer counts and open assignments follow the lead's life, idempotently per lead. */
@QuarkusTest
class LeadLifeTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @RegisterExtension
    static final KafkaClients kafka = new KafkaClients();

    @Inject
    TestWorld world;

    @Test
    void anOnboardedLeadCountsOnceAndAWithdrawalCountsItDownOnce() {
        UUID partner = TestPartners.register("Teller Accountants", "9711 AA", "Groningen");
        UUID lead = UUID.randomUUID();

        kafka.leadEvent(lead, "LeadOnboarded", LeadEventsFixture.onboarded(lead, partner));
        kafka.leadEvent(lead, "LeadOnboarded", LeadEventsFixture.onboarded(lead, partner));
        await().atMost(WAIT).until(() -> customers(partner) == 1);
        assertThat(kafka.partnerEvents().awaitType("PartnerUpdated", event -> partner.toString().equals(event.key())
                && "1".equals(event.field("activeCustomers")), WAIT).field("version")).isEqualTo("1");

        kafka.leadEvent(lead, "LeadWithdrawn", LeadEventsFixture.withdrawn(lead, partner));
        kafka.leadEvent(lead, "LeadWithdrawn", LeadEventsFixture.withdrawn(lead, partner));
        String last = kafka.leadEvent(lead, "LeadOnboarded", LeadEventsFixture.onboarded(lead, partner));
        await().atMost(WAIT).until(() -> world.handled(last)); // one key: every earlier event of the lead is handled too
        assertThat(world.statusOf(lead)).containsExactly("WITHDRAWN");
        kafka.partnerEvents().awaitType("PartnerUpdated", event -> partner.toString().equals(event.key())
                && "0".equals(event.field("activeCustomers")), WAIT);

        assertThat(customers(partner)).isZero();
        assertThat(kafka.partnerEvents().ofType("PartnerUpdated")).filteredOn(event -> partner.toString().equals(event.key()))
                .hasSize(2);
    }

    @Test
    void openAssignmentsSpreadABurstOfLeadsAndFollowThePartnerTheCoordinatorAssigned() {
        UUID first = TestPartners.register("Burst Een", "3431 AA", "Nieuwegein");
        UUID second = TestPartners.register("Burst Twee", "3981 AA", "Bunnik");
        world.onlyActive(Set.of(first, second));
        UUID lead1 = UUID.randomUUID();
        UUID lead2 = UUID.randomUUID();

        kafka.leadEvent(lead1, "LeadInterestRecorded",
                LeadEventsFixture.interested(lead1, 1, "3511 AB", null));
        UUID firstChoice = UUID.fromString(kafka.partnerEvents().awaitType("PartnerMatched", lead1.toString(), WAIT)
                .field("partnerId"));
        kafka.leadEvent(lead2, "LeadInterestRecorded",
                LeadEventsFixture.interested(lead2, 1, "3511 AB", null));
        var secondDecision = kafka.partnerEvents().awaitType("PartnerMatched", lead2.toString(), WAIT);

        UUID other = firstChoice.equals(first) ? second : first;
        assertThat(secondDecision.field("partnerId")).isEqualTo(other.toString());
        assertThat(secondDecision.value()).contains("\"openAssignments\":1");

        // the coordinator gives lead 2 to the first partner after all: its load follows
        UUID task = UUID.randomUUID();
        kafka.taskEvent(task, "TaskAssigned", LeadEventsFixture.taskAssigned(task, lead2, firstChoice));
        await().atMost(WAIT).until(() -> openAssignments(firstChoice) == 2);
        assertThat(openAssignments(other)).isZero();
    }

    @Test
    void aCancelledFollowUpReleasesTheOpenAssignment() {
        UUID partner = TestPartners.register("Afgezegd Accountants", "9711 AA", "Groningen");
        world.onlyActive(Set.of(partner));
        UUID lead = UUID.randomUUID();
        kafka.leadEvent(lead, "LeadInterestRecorded",
                LeadEventsFixture.interested(lead, 1, "9712 AB", null));
        kafka.partnerEvents().awaitType("PartnerMatched", lead.toString(), WAIT);
        UUID task = UUID.randomUUID();
        kafka.taskEvent(task, "TaskAssigned", LeadEventsFixture.taskAssigned(task, lead, partner));
        await().atMost(WAIT).until(() -> openAssignments(partner) == 1);

        kafka.taskEvent(task, "TaskCancelled", LeadEventsFixture.taskCancelled(task, lead, partner));

        await().atMost(WAIT).until(() -> openAssignments(partner) == 0);
        assertThat(world.statusOf(lead)).containsExactly("UNASSIGNED");
    }

    @Test
    void aLateCancelOfAnEarlierTaskLeavesTheNewerTasksPartnerHoldingTheLead() {
        UUID first = TestPartners.register("Eerste Taak", "9711 AA", "Groningen");
        UUID second = TestPartners.register("Tweede Taak", "9712 AA", "Groningen");
        world.onlyActive(Set.of(first, second));
        UUID lead = UUID.randomUUID();
        kafka.leadEvent(lead, "LeadInterestRecorded", LeadEventsFixture.interested(lead, 1, "9712 AB", null));
        kafka.partnerEvents().awaitType("PartnerMatched", lead.toString(), WAIT);
        UUID oldTask = UUID.randomUUID();
        UUID newTask = UUID.randomUUID();
        kafka.taskEvent(oldTask, "TaskAssigned", LeadEventsFixture.taskAssigned(oldTask, lead, first));
        await().atMost(WAIT).until(() -> openAssignments(first) == 1);
        kafka.taskEvent(newTask, "TaskAssigned", LeadEventsFixture.taskAssigned(newTask, lead, second));
        await().atMost(WAIT).until(() -> openAssignments(second) == 1 && openAssignments(first) == 0);

        String cancel = kafka.taskEvent(oldTask, "TaskCancelled", LeadEventsFixture.taskCancelled(oldTask, lead, first));
        await().atMost(WAIT).until(() -> world.handled(cancel));

        assertThat(openAssignments(second)).isEqualTo(1);
        assertThat(world.statusOf(lead)).containsExactly("ASSIGNED");
    }

    @Test
    void aNotInterestedRevisionReleasesTheOpenAssignmentAndALaterInterestDecidesAgain() {
        UUID partner = TestPartners.register("Twijfel Accountants", "9711 AA", "Groningen");
        world.onlyActive(Set.of(partner));
        UUID lead = UUID.randomUUID();
        kafka.leadEvent(lead, "LeadInterestRecorded",
                LeadEventsFixture.interested(lead, 1, "9712 AB", null));
        kafka.leadEvent(lead, "LeadInterestRecorded", LeadEventsFixture.notInterested(lead, 2));
        await().atMost(WAIT).until(() -> world.statusOf(lead).equals(List.of("NOT_INTERESTED")));
        assertThat(openAssignments(partner)).isZero();

        kafka.leadEvent(lead, "LeadInterestRecorded",
                LeadEventsFixture.interested(lead, 3, "9712 AB", null));

        await().atMost(WAIT).until(() -> world.decisionsOf(lead) == 2);
        assertThat(world.statusOf(lead)).containsExactly("MATCHED");
    }

    @Test
    void anOnboardingForAnUnknownPartnerGoesToTheDeadLetterTopic() {
        UUID lead = UUID.randomUUID();
        try (TopicRecorder deadLetters = TopicRecorder.record(SharedInfrastructure.kafka().bootstrapServers(),
                Topics.LEAD_EVENTS + ".dlq")) {
            kafka.leadEvent(lead, "LeadOnboarded",
                    LeadEventsFixture.onboarded(lead, UUID.randomUUID()));

            var dead = deadLetters.awaitType("LeadOnboarded", lead.toString(), WAIT);
            assertThat(dead.header("dlq_error_message")).contains("unknown partner");
        }
    }

    private static int customers(UUID partner) {
        return given().auth().oauth2(COORDINATOR).when().get("/api/partners/" + partner)
                .then().statusCode(200).extract().path("activeCustomers");
    }

    private static long openAssignments(UUID partner) {
        List<Map<String, Object>> lines = given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .when().get("/api/reports/fairness").then().statusCode(200).extract().path("partners");
        return lines.stream().filter(line -> partner.toString().equals(line.get("partnerId")))
                .mapToLong(line -> ((Number) line.get("openAssignments")).longValue()).findFirst().orElseThrow();
    }
}
