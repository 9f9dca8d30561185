package nl.totalservice.onboarding.partner.matching;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.totalservice.onboarding.partner.support.KafkaClients;
import nl.totalservice.onboarding.partner.support.LeadEventsFixture;
import nl.totalservice.onboarding.partner.support.TestPartners;
import nl.totalservice.onboarding.partner.support.TestWorld;
import nl.totalservice.onboarding.platform.testing.jwt.DevTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static nl.totalservice.onboarding.partner.support.TestPartners.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The per-partner loads kept with every change equal the aggregate recomputed from routed_lead and
 * partner_assignment after a whole life of lead and task events (over the real broker and database).
 */
@QuarkusTest
class PartnerLoadReconciliationTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @RegisterExtension
    static final KafkaClients kafka = new KafkaClients();

    @Inject
    TestWorld world;

    @Inject
    PartnerLoadCheck check;

    @Test
    void keptLoadsEqualTheRecomputedAggregateAfterEveryKindOfLeadAndTaskEvent() {
        UUID a = TestPartners.register("Balans Een", "9711 AA", "Groningen");
        UUID b = TestPartners.register("Balans Twee", "9712 AA", "Groningen");
        UUID c = TestPartners.register("Balans Drie", "9713 AA", "Groningen");
        world.onlyActive(Set.of(a, b, c));

        // interest, decide; the coordinator assigns another partner, who declines: decided again without it
        UUID declined = UUID.randomUUID();
        UUID firstChoice = interested(declined);
        UUID other = Stream.of(a, b, c).filter(p -> !p.equals(firstChoice)).findFirst().orElseThrow();
        UUID task1 = UUID.randomUUID();
        handled(kafka.taskEvent(task1, "TaskAssigned", LeadEventsFixture.taskAssigned(task1, declined, other)));
        handled(kafka.taskEvent(task1, "TaskDeclined", LeadEventsFixture.taskDeclined(task1, declined, other)));
        assertThat(world.decisionsOf(declined)).isEqualTo(2);
        UUID secondChoice = world.partnerOf(declined);
        assertThat(secondChoice).isNotNull().isNotEqualTo(other);
        // ... which takes the task and lets it go back to the queue
        UUID task2 = UUID.randomUUID();
        handled(kafka.taskEvent(task2, "TaskAssigned", LeadEventsFixture.taskAssigned(task2, declined, secondChoice)));
        handled(kafka.taskEvent(task2, "TaskReturnedToQueue",
                LeadEventsFixture.taskPartner(task2, declined, secondChoice, "OPEN")));

        UUID cancelled = UUID.randomUUID();
        UUID cancelledPartner = interested(cancelled);
        UUID task3 = UUID.randomUUID();
        handled(kafka.taskEvent(task3, "TaskCancelled", LeadEventsFixture.taskCancelled(task3, cancelled, cancelledPartner)));

        UUID withdrawn = UUID.randomUUID();
        interested(withdrawn);
        handled(kafka.leadEvent(withdrawn, "LeadOnboarded", LeadEventsFixture.onboarded(withdrawn, a)));
        handled(kafka.leadEvent(withdrawn, "LeadWithdrawn", LeadEventsFixture.withdrawn(withdrawn, a)));

        UUID notInterested = UUID.randomUUID();
        interested(notInterested);
        handled(kafka.leadEvent(notInterested, "LeadInterestRecorded", LeadEventsFixture.notInterested(notInterested, 2)));

        UUID assigned = UUID.randomUUID();
        interested(assigned);
        UUID task5 = UUID.randomUUID();
        handled(kafka.taskEvent(task5, "TaskAssigned", LeadEventsFixture.taskAssigned(task5, assigned, b)));
        handled(kafka.taskEvent(task5, "TaskAccepted", LeadEventsFixture.taskPartner(task5, assigned, b, "ACCEPTED")));

        UUID matched = UUID.randomUUID();
        interested(matched);
        given().auth().oauth2(COORDINATOR).when().post("/api/leads/" + matched + "/decisions")
                .then().statusCode(201);

        UUID onboardedWithItsMatch = UUID.randomUUID();
        UUID itsMatch = interested(onboardedWithItsMatch);
        handled(kafka.leadEvent(onboardedWithItsMatch, "LeadOnboarded",
                LeadEventsFixture.onboarded(onboardedWithItsMatch, itsMatch)));

        UUID customer = UUID.randomUUID();
        handled(kafka.leadEvent(customer, "LeadOnboarded", LeadEventsFixture.onboarded(customer, c)));

        assertThat(Stream.of(declined, cancelled, withdrawn, notInterested, assigned, matched, onboardedWithItsMatch,
                        customer).map(lead -> world.statusOf(lead).get(0)))
                .containsExactly("UNASSIGNED", "UNASSIGNED", "WITHDRAWN", "NOT_INTERESTED", "ASSIGNED", "MATCHED",
                        "CUSTOMER", "CUSTOMER");
        List<UUID> holders = List.of(b, world.partnerOf(matched));
        for (UUID partner : List.of(a, b, c)) {
            assertThat(world.keptOpenAssignments(partner)).as("open assignments of %s", partner)
                    .isEqualTo(holders.stream().filter(partner::equals).count());
        }
        assertThat(check.drift()).isEmpty();
    }

    @Test
    void theCheckReportsAPartnerWhoseKeptLoadDiffersFromTheLeadsAlsoToOps() {
        UUID partner = UUID.randomUUID();
        world.execute("insert into partner_load (partner_id, open_assignments) values (:partner, 2)", partner);
        try {
            assertThat(check.drift()).filteredOn(drift -> drift.partnerId().equals(partner))
                    .containsExactly(new PartnerLoadCheck.Drift(partner, 0, 2, null, null));
            List<Map<String, Object>> reported = given().auth().oauth2(DevTokens.ops("olaf@totalservice.nl"))
                    .when().get("/api/reports/partner-load-drift")
                    .then().statusCode(200).extract().path("findAll { it.partnerId == '" + partner + "' }");
            assertThat(reported).singleElement().satisfies(line -> {
                assertThat(line).containsEntry("expectedOpenAssignments", 0).containsEntry("keptOpenAssignments", 2);
                assertThat(line.get("keptLastAssignedAt")).isNull();
            });
            given().auth().oauth2(COORDINATOR).when().get("/api/reports/partner-load-drift").then().statusCode(403);
        } finally {
            world.execute("delete from partner_load where partner_id = :partner", partner);
        }
        assertThat(check.drift()).noneMatch(drift -> drift.partnerId().equals(partner));
    }

    @Test
    void aLeadWhoseOpenAssignmentMovesWithoutSettlingThePartnersLoadIsNotWritten() {
        UUID partner = TestPartners.register("Onverrekend Accountants", "9711 AA", "Groningen");
        world.onlyActive(Set.of(partner));
        UUID lead = UUID.randomUUID();
        interested(lead);

        assertThatThrownBy(() -> world.releaseWithoutSettling(lead)).rootCause()
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("without settling");

        assertThat(world.statusOf(lead)).containsExactly("MATCHED");
        assertThat(world.keptOpenAssignments(partner)).isEqualTo(1);
    }

    /** Records interest and waits for the decision; returns the chosen partner. */
    private UUID interested(UUID lead) {
        handled(kafka.leadEvent(lead, "LeadInterestRecorded", LeadEventsFixture.interested(lead, 1, "9712 AB", null)));
        return Objects.requireNonNull(world.partnerOf(lead), "no partner chosen for " + lead);
    }

    /** Waits until the event's effect is committed (the inbox entry is written in the same transaction). */
    private void handled(String eventId) {
        await().atMost(WAIT).until(() -> world.handled(eventId));
    }
}
