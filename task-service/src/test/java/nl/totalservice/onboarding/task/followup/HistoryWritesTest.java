package nl.totalservice.onboarding.task.followup;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.totalservice.onboarding.task.followup.rest.TaskView;
import nl.totalservice.onboarding.task.followup.rest.TaskViews;
import nl.totalservice.onboarding.task.queue.AssignmentService;
import nl.totalservice.onboarding.task.support.Scenario;
import nl.totalservice.onboarding.platform.testing.sql.SqlLog;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one assignment writes to the task's child tables and reads of the lead and partner copies,
 * counted by PostgreSQL itself in the assignment's transaction: every statement costs both sides CPU
 * on the hot path.
 */
@QuarkusTest
class HistoryWritesTest {

    @Inject
    Scenario given;

    @Inject
    AssignmentService assignments;

    @Inject
    TaskViews views;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anAssignmentInsertsItsHistoryLinesAndCallAndUpdatesNoneOfThem() {
        UUID partnerId = given.partner("Kantoor Schrijfwerk");
        UUID taskId = given.openTask(given.lead("Drukkerij Het Zetwerk"), partnerId, true);

        Writes writes = QuarkusTransaction.requiringNew().call(() -> {
            // the counts also hold what earlier transactions of this connection did and the server has not
            // yet reported (it reports at most once a second, never inside a transaction): take the difference
            long[] historyBefore = counts("follow_up_task_history");
            long[] callsBefore = counts("partner_call");
            assignments.assign(taskId, partnerId, null, null, Scenario.COORDINATOR, task -> task);
            return new Writes(minus(counts("follow_up_task_history"), historyBefore),
                    minus(counts("partner_call"), callsBefore));
        });

        // the assignment's line and the urgent call's line, each written once by its insert
        assertThat(writes.history()).as("history: inserts, updates").containsExactly(2L, 0L);
        assertThat(writes.calls()).as("partner calls (urgent task): inserts, updates").containsExactly(1L, 0L);
    }

    @Test
    void anAssignmentAndTheViewItAnswersWithReadThePartnerAndLeadCopiesOnceEach() {
        UUID partnerId = given.partner("Kantoor Telwerk");
        UUID taskId = given.openTask(given.lead("Bakkerij De Korst"), partnerId, false);

        long[] scans = QuarkusTransaction.requiringNew().call(() -> {
            long partnerBefore = counts("known_partner")[2];
            long leadBefore = counts("known_lead")[2];
            TaskView view = assignments.assign(taskId, partnerId, null, null, Scenario.COORDINATOR, views::full);
            assertThat(view.assignedPartner().name()).isEqualTo("Kantoor Telwerk");
            assertThat(view.lead().companyName()).isEqualTo("Bakkerij De Korst");
            return new long[] {counts("known_partner")[2] - partnerBefore, counts("known_lead")[2] - leadBefore};
        });

        // the checks and the event load each copy; the view finds them in the session instead of asking again
        assertThat(scans).as("scans of known_partner, known_lead").containsExactly(1L, 1L);
    }

    @Test
    void anAssignmentReadsThePartnerWithItsUnavailableDaysInOneStatement() {
        UUID partnerId = given.partner("Kantoor Rekenwerk");
        UUID taskId = given.openTask(given.lead("Fietsenmakerij Het Spaakje"), partnerId, false);

        SqlLog.Recorded<TaskView> assigned = QuarkusTransaction.requiringNew().call(() -> SqlLog.record(
                () -> assignments.assign(taskId, partnerId, null, null, Scenario.COORDINATOR, views::full)));

        assertThat(assigned.result().assignedPartner().name()).isEqualTo("Kantoor Rekenwerk");
        // the partner comes with the days it is unavailable, which the assignment's deadlines need
        assertThat(assigned.touching("known_partner_unavailability")).as("reads of the partner's days")
                .singleElement().satisfies(statement -> assertThat(statement).contains("from known_partner "));
        assertThat(assigned.touching("known_partner")).as("reads of the partner").hasSize(1);
    }

    private static long[] minus(long[] after, long[] before) {
        return new long[] {after[0] - before[0], after[1] - before[1]};
    }

    /**
     * Rows inserted into and updated in {@code table}, and the scans of it (sequential and by index), as this
     * connection's not yet reported statistics count them.
     */
    private long[] counts(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select n_tup_ins, n_tup_upd, "
                     + "coalesce(seq_scan, 0) + coalesce(idx_scan, 0) from pg_stat_xact_user_tables where relname = ?")) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? new long[] {rows.getLong(1), rows.getLong(2), rows.getLong(3)} : new long[] {0, 0, 0};
            }
        }
    }

    private record Writes(long[] history, long[] calls) {
    }
}
