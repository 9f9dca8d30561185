package nl.totalservice.onboarding.task.followup;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.totalservice.onboarding.platform.testing.sql.SqlLog;
import nl.totalservice.onboarding.task.support.Scenario;
import org.hibernate.SessionFactory;
import org.hibernate.stat.QueryStatistics;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queries on the hot path (the event intake's look for the lead's active task, the coordinator's
 * queue) reuse Hibernate's cached query plan instead of translating their HQL to SQL again on each call,
 * as Hibernate does for a query bound to a collection-valued parameter ({@code t.status in :statuses}).
 *
 * <p>Hibernate's statistics count, per query text, two cache look-ups for each call of a query it can
 * cache (its parsed HQL, then its SQL plan) and one for a query it cannot (the parsed HQL alone: the SQL
 * is translated anew).
 */
@QuarkusTest
class QueryPlansTest {

    @Inject
    Scenario given;

    @Inject
    TaskRepository tasks;

    @Inject
    SessionFactory sessionFactory;

    private Statistics statistics;

    @BeforeEach
    void countPlans() {
        statistics = sessionFactory.getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
    }

    @AfterEach
    void stopCounting() {
        statistics.setStatisticsEnabled(false);
    }

    @Test
    void theLookForTheLeadsActiveTaskReusesItsPlan() {
        UUID leadId = given.lead("Zeilmakerij De Wind");
        UUID taskId = given.openTask(leadId, given.partner("Kantoor Windkracht"), false);
        statistics.clear(); // opening the task looked for an active one too

        for (int call = 0; call < 3; call++) {
            assertThat(QuarkusTransaction.requiringNew().call(() -> tasks.findActive(leadId, TaskType.LEAD_FOLLOW_UP)))
                    .hasValueSatisfying(task -> assertThat(task.id()).isEqualTo(taskId));
        }

        assertPlanCachedOnEachOf(3, onlyQueryContaining("t.leadId = :lead and t.type = :type"));
    }

    @Test
    void theCoordinatorsQueueReusesItsPlan() {
        UUID taskId = given.openTask(given.lead("Touwslagerij Het Anker"), given.partner("Kantoor Knoop"), false);
        statistics.clear();

        for (int call = 0; call < 3; call++) {
            List<UUID> open = QuarkusTransaction.requiringNew().call(() -> tasks.queue(null, TaskType.LEAD_FOLLOW_UP,
                    null, 0, 1000).items().stream().map(FollowUpTask::id).toList());
            assertThat(open).contains(taskId);
        }

        QueryStatistics page = onlyQueryContaining("select t from FollowUpTask t where 1 = 1 and t.status ");
        assertThat(page.getExecutionCount()).isEqualTo(3);
        assertPlanCachedOnEachOf(3, page);
    }

    @Test
    void tasksOfSeveralStatusesAreFoundWithOneParameterEach() {
        UUID leadId = given.lead("Kuiperij De Ton");
        UUID taskId = given.openTask(leadId, given.partner("Kantoor Hoepel"), false);

        List<UUID> found = QuarkusTransaction.requiringNew().call(() -> tasks.search(
                new TaskFilter(leadId, null, Set.of(TaskStatus.COMPLETED, TaskStatus.OPEN, TaskStatus.ASSIGNED), null,
                        null, null, null, null), 0, 10).items().stream().map(FollowUpTask::id).toList());
        List<UUID> none = QuarkusTransaction.requiringNew().call(() -> tasks.search(
                new TaskFilter(leadId, null, Set.of(TaskStatus.COMPLETED, TaskStatus.CANCELLED), null, null, null, null,
                        null), 0, 10).items().stream().map(FollowUpTask::id).toList());

        assertThat(found).containsExactly(taskId);
        assertThat(none).isEmpty();
    }

    @Test
    void tasksFoundByIdComeInOneStatementInTheOrderAskedWithoutTranslatingAQuery() {
        UUID first = given.openTask(given.lead("Mandenmakerij Het Riet"), given.partner("Kantoor Wilg"), false);
        UUID second = given.openTask(given.lead("Bezembinderij De Heide"), given.partner("Kantoor Berk"), false);
        UUID third = given.openTask(given.lead("Klompenmakerij De Populier"), given.partner("Kantoor Els"), false);
        statistics.clear();

        List<UUID> found = QuarkusTransaction.requiringNew().call(() -> List.copyOf(
                tasks.findAll(List.of(third, UUID.randomUUID(), first, second)).keySet()));

        assertThat(found).as("in the order asked, the unknown id left out").containsExactly(third, first, second);
        assertThat(statistics.getPrepareStatementCount()).as("statements for three tasks").isEqualTo(1);
        assertThat(statistics.getQueries()).as("HQL translated").isEmpty();
    }

    @Test
    void aListThatEndsOnItsPageIsNotCountedAgainAndAFullPageIs() {
        UUID leadId = given.lead("Pottenbakkerij De Klei");
        UUID taskId = given.openTask(leadId, given.partner("Kantoor Draaischijf"), false);
        TaskFilter ofTheLead = new TaskFilter(leadId, null, null, null, null, null, null, null);

        SqlLog.Recorded<Slice<FollowUpTask>> fits = QuarkusTransaction.requiringNew().call(() -> SqlLog.record(
                () -> tasks.search(ofTheLead, 0, 10)));
        SqlLog.Recorded<Slice<FollowUpTask>> full = QuarkusTransaction.requiringNew().call(() -> SqlLog.record(
                () -> tasks.search(ofTheLead, 0, 1)));

        assertThat(fits.result().items()).extracting(FollowUpTask::id).containsExactly(taskId);
        assertThat(fits.result().total()).isEqualTo(1);
        assertThat(fits.containing("count(")).as("count statements for a list that fits its page").isEmpty();
        // a full page may have more after it: only the database knows how many
        assertThat(full.result().total()).isEqualTo(1);
        assertThat(full.containing("count(")).as("count statements for a full page").hasSize(1);
    }

    /** Every call looked up its HQL and its SQL plan; only the first may have missed them. */
    private static void assertPlanCachedOnEachOf(int calls, QueryStatistics query) {
        assertThat(query.getPlanCacheHitCount() + query.getPlanCacheMissCount())
                .as("cache look-ups: parsed HQL and SQL plan, for each call").isEqualTo(2L * calls);
        assertThat(query.getPlanCacheHitCount()).as("look-ups that found what they looked for")
                .isGreaterThanOrEqualTo(2L * calls - 2);
    }

    private QueryStatistics onlyQueryContaining(String text) {
        List<String> matching = Arrays.stream(statistics.getQueries()).filter(query -> query.contains(text)).toList();
        assertThat(matching).as("queries run containing '%s'", text).hasSize(1);
        return statistics.getQueryStatistics(matching.get(0));
    }
}
