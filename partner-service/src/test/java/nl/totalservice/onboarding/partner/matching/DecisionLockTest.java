package nl.totalservice.onboarding.partner.matching;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.totalservice.onboarding.partner.support.KafkaClients;
import nl.totalservice.onboarding.partner.support.LeadEventsFixture;
import nl.totalservice.onboarding.partner.support.TestPartners;
import nl.totalservice.onboarding.partner.support.TestWorld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The decision lock serialises what changes partner loads; the coordinator assigning the suggested
 * partner changes none, so it does not wait for the lock (the decisions' consumer holds it through
 * each batch), while assigning another partner still does: here a session holds the lock while the
 * assignment arrives.
 */
@QuarkusTest
class DecisionLockTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @RegisterExtension
    static final KafkaClients kafka = new KafkaClients();

    @Inject
    TestWorld world;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void assigningTheSuggestedPartnerGoesThroughWhileTheDecisionLockIsHeld() throws Exception {
        UUID partner = TestPartners.register("Slot Accountants", "9711 AA", "Groningen");
        world.onlyActive(Set.of(partner));
        UUID lead = matchedLead();
        await().atMost(WAIT).until(() -> world.keptOpenAssignments(partner) == 1);

        try (Connection session = dataSource.getConnection(); Statement statement = session.createStatement()) {
            lock(statement);
            try {
                UUID task = UUID.randomUUID();
                String assigned = kafka.taskEvent(task, "TaskAssigned", LeadEventsFixture.taskAssigned(task, lead, partner));

                await().atMost(WAIT).until(() -> world.handled(assigned));
                assertThat(world.statusOf(lead)).containsExactly("ASSIGNED");
                assertThat(world.keptOpenAssignments(partner)).isEqualTo(1);
            } finally {
                unlock(statement);
            }
        }
    }

    @Test
    void assigningAnotherPartnerMovesTheLoadOnlyOnceTheDecisionLockIsFree() throws Exception {
        UUID suggested = TestPartners.register("Voorstel Accountants", "9711 AA", "Groningen");
        UUID other = TestPartners.register("Ander Kantoor", "9711 AB", "Groningen");
        world.onlyActive(Set.of(suggested));
        UUID lead = matchedLead();
        await().atMost(WAIT).until(() -> world.keptOpenAssignments(suggested) == 1);
        String assigned;

        try (Connection session = dataSource.getConnection(); Statement statement = session.createStatement()) {
            lock(statement);
            try {
                UUID task = UUID.randomUUID();
                assigned = kafka.taskEvent(task, "TaskAssigned", LeadEventsFixture.taskAssigned(task, lead, other));

                await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> !world.handled(assigned));
                assertThat(world.keptOpenAssignments(suggested)).isEqualTo(1);
            } finally {
                unlock(statement);
            }
        }

        await().atMost(WAIT).until(() -> world.handled(assigned));
        assertThat(world.partnerOf(lead)).isEqualTo(other);
        assertThat(world.keptOpenAssignments(suggested)).isZero();
        assertThat(world.keptOpenAssignments(other)).isEqualTo(1);
    }

    private UUID matchedLead() {
        UUID lead = UUID.randomUUID();
        kafka.leadEvent(lead, "LeadInterestRecorded", LeadEventsFixture.interested(lead, 1, "9712 AB", null));
        kafka.partnerEvents().awaitType("PartnerMatched", lead.toString(), WAIT);
        return lead;
    }

    private static void lock(Statement session) throws SQLException {
        session.execute("select pg_advisory_lock(" + MatchingService.DECISION_LOCK + ")");
    }

    private static void unlock(Statement session) throws SQLException {
        session.execute("select pg_advisory_unlock(" + MatchingService.DECISION_LOCK + ")");
    }
}
