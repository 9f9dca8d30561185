package nl.totalservice.onboarding.platform.localstack.bench;

import nl.totalservice.onboarding.platform.testing.infra.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The database work of a window, counted by a real PostgreSQL with pg_stat_statements preloaded. */
class DatabaseWorkTest {

    private static final long S = 1_000_000_000L;

    @TempDir
    Path data;

    @Test
    void countsEachServicesStatementsAndCommitsPerCompletedFlowSinceTheWindowStarted() throws Exception {
        try (PostgresServer postgres = PostgresServer.startPersistent(data, 0,
                BenchInfra.POSTGRES_SETTINGS)) {
            postgres.createDatabase("tasks");
            postgres.execute(DatabaseWork.CREATE_VIEW);
            run(postgres.jdbcUrl("tasks"), List.of("create table task (id int primary key)", "insert into task values (0)"));
            DatabaseWork work = new DatabaseWork(postgres.jdbcUrl("postgres"), Map.of("task-service", "tasks"));

            DatabaseWork.Start start = work.start();
            try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("tasks"), PostgresServer.USER,
                    PostgresServer.PASSWORD); Statement statement = connection.createStatement()) {
                connection.setAutoCommit(false);
                for (int flow = 1; flow <= 4; flow++) { // per flow: 3 statements in 1 transaction
                    statement.execute("insert into task values (" + flow + ")");
                    statement.execute("select count(*) from task");
                    statement.execute("update task set id = id where id = " + flow);
                    connection.commit();
                }
                // the backend reports its commits before it answers the next query, not after each commit
                statement.execute("select pg_stat_force_next_flush()");
                connection.commit();
            }
            WindowReport report = window(4);
            work.report(start, 4, report);

            @SuppressWarnings("unchecked")
            Map<String, Object> tasks = (Map<String, Object>) ((Map<String, Object>) report.data.get("database")).get("task-service");
            // 4 x 3 statements and the flush; 4 commits and the flush's, and up to two of before the window
            // that the statistics report late (a backend reports its last commits when it exits)
            assertThat((Double) tasks.get("statementsPerFlow")).isEqualTo(3.25);
            assertThat((Double) tasks.get("transactionsPerFlow")).isBetween(1.25, 1.75);
            assertThat(report.text()).anyMatch(line -> line.contains("task-service") && line.contains("3.3 statements"));
        }
    }

    @Test
    void saysSoWhenTheStatisticsAreNotThere() {
        DatabaseWork work = new DatabaseWork("jdbc:postgresql://localhost:1/none", Map.of("task-service", "tasks"));
        WindowReport report = window(1);

        work.report(work.start(), 1, report);

        assertThat(report.text()).anyMatch(line -> line.startsWith("  database work: not measured"));
    }

    private static WindowReport window(int flows) {
        CpuSnapshot cpu = new CpuSnapshot(0, Map.of(), 0, 0);
        return WindowReport.evaluate("window", List.of(), 0, S, S, flows, cpu, cpu, Map.of(), 2);
    }

    private static void run(String url, List<String> statements) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD);
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
            statement.execute("select pg_stat_force_next_flush()"); // its commits are counted before the window

        }
    }
}
