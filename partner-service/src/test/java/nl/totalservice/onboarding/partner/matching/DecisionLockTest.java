package nl.totalservice.onboarding.partner.matching;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.totalservice.onboarding.partner.support.KafkaClients;
import nl.totalservice.onboarding.partner.support.LeadEventsFixture;
import nl.totalservice.onboarding.partner.support.TestPartners;
import nl.totalservice.onboarding.partner.support.TestWorld;
import nl.totalservice.onboarding.platform.testing.sql.SqlLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The decision lock serialises what changes partner loads; the coordinator assigning the suggested
 * partner changes none, so it does not wait for the lock (the decisions' consumer holds it through
 * each batch), while assigning another partner still does: here a session holds the lock while the
 * assignment arrives. And what a decision writes of its lead.
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

    @Inject
    LeadRouting routing;

    @Test
    void anInterestThatLeadsToADecisionAsksForTheLockOnceAndHoldsItToTheEnd() {
        UUID partner = TestPartners.register("Eenmaal Accountants", "9711 AA", "Groningen");
        world.onlyActive(Set.of(partner));
        UUID lead = UUID.randomUUID();

        boolean freeForOthers = QuarkusTransaction.requiringNew().call(() -> {
            SqlLog.Recorded<Object> recorded = interestRecorded(lead, "Eenmaal BV");
            // the interest and the decision both need the lock: the transaction asks the database once
            assertThat(recorded.containing("pg_advisory_xact_lock")).hasSize(1);
            assertThat(recorded.touching("match_decision")).as("the decision was made").hasSize(1);
            return tryLockElsewhere();
        });

        assertThat(freeForOthers).as("another session got the lock while the decision's transaction was open").isFalse();
        assertThat(world.partnerOf(lead)).isEqualTo(partner);
    }

    /**
     * The lead is new and the native statements after its insert (the lock, the partners, their loads)
     * name their tables, so Hibernate writes the lead once, at the end, instead of once more before each.
     */
    @Test
    void anInterestThatLeadsToADecisionWritesItsNewLeadOnce() {
        UUID partner = TestPartners.register("Eenmalig Schrijvers", "9711 AA", "Groningen");
        world.onlyActive(Set.of(partner));
        UUID lead = UUID.randomUUID();

        SqlLog.Recorded<Object> recorded = QuarkusTransaction.requiringNew().call(() -> interestRecorded(lead,
                "Schrijfwerk BV"));

        assertThat(recorded.touching("match_decision")).as("the decision was made").hasSize(1);
        assertThat(recorded.touching("routed_lead")).as("statements on the lead")
                .filteredOn(sql -> !sql.startsWith("select")).singleElement()
                .satisfies(sql -> assertThat(sql).startsWith("insert into routed_lead"));
        // written once, with what the decision made of it
        assertThat(world.partnerOf(lead)).isEqualTo(partner);
        assertThat(world.statusOf(lead)).containsExactly("MATCHED");
    }

    /** The statements of an interested revision 1 of {@code lead} (postcode 9712 AB), in the caller's transaction. */
    private SqlLog.Recorded<Object> interestRecorded(UUID lead, String company) {
        return SqlLog.record(() -> {
            routing.interestRecorded(new InterestRevision(lead, 1, true, company, "9712 AB", "9712", null, null,
                    null, null, null, null));
            return null;
        });
    }

    /**
     * Whether another session gets the decision lock now (and lets go of it at once when it does). On a thread
     * of its own: within this thread's transaction the pool would hand out the transaction's own connection.
     */
    private boolean tryLockElsewhere() throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            try (Connection other = dataSource.getConnection(); Statement statement = other.createStatement();
                 ResultSet rows = statement.executeQuery("select pg_try_advisory_xact_lock("
                         + MatchingService.DECISION_LOCK + ")")) {
                rows.next();
                return rows.getBoolean(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }).get(10, TimeUnit.SECONDS);
    }

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
