package nl.totalservice.onboarding.platform.localstack.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What each service asked of PostgreSQL in a window, per completed flow: statements and committed
 * transactions (the round trips and commits behind the services' CPU and PostgreSQL's own), and the
 * statements that took the most time. From {@code pg_stat_statements} (reset at the window's start;
 * the benchmark's PostgreSQL preloads it) and {@code pg_stat_database}. Says so, and goes on, when
 * the statistics are not available.
 */
final class DatabaseWork {

    /** Created in one database (the server's {@code postgres}), the view shows the statements of all of them. */
    static final String CREATE_VIEW = "create extension if not exists pg_stat_statements";

    private static final int TOP = 3;

    private final String url;
    private final Map<String, String> databases;

    /** @param databases service name -> its database name */
    DatabaseWork(String url, Map<String, String> databases) {
        this.url = url;
        this.databases = databases;
    }

    /** Counters at a window's start: commits per database (statement statistics are reset). */
    record Start(Map<String, Long> commits, String unavailable) {
    }

    Start start() {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("select pg_stat_statements_reset()");
            return new Start(commits(connection), null);
        } catch (SQLException e) {
            return new Start(Map.of(), e.getMessage());
        }
    }

    /** Adds the window's database work to {@code report}, per completed flow. */
    void report(Start start, long completedFlows, WindowReport report) {
        if (start.unavailable() != null) {
            report.data.put("database", Map.of("unavailable", start.unavailable()));
            report.text().add("  database work: not measured (" + start.unavailable() + ")");
            return;
        }
        double flows = Math.max(1, completedFlows);
        Map<String, Object> perService = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        try (Connection connection = connect()) {
            Map<String, Long> commits = commits(connection);
            for (Map.Entry<String, String> service : databases.entrySet()) {
                String database = service.getValue();
                Totals totals = totals(connection, database);
                double transactions = (commits.getOrDefault(database, 0L) - start.commits().getOrDefault(database, 0L)) / flows;
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("statementsPerFlow", WindowReport.round(totals.calls() / flows));
                entry.put("transactionsPerFlow", WindowReport.round(transactions));
                entry.put("executionMsPerFlow", WindowReport.round(totals.ms() / flows));
                List<Map<String, Object>> top = top(connection, database, flows);
                entry.put("topByTime", top);
                perService.put(service.getKey(), entry);
                lines.add(String.format(Locale.ROOT, "    %-22s %6.1f statements %5.1f commits %7.2f ms in PostgreSQL per flow",
                        service.getKey(), totals.calls() / flows, transactions, totals.ms() / flows));
                top.forEach(statement -> lines.add(String.format(Locale.ROOT, "      %5.2f x %6.3f ms  %s",
                        (Double) statement.get("callsPerFlow"), (Double) statement.get("msPerCall"), statement.get("query"))));
            }
        } catch (SQLException e) {
            report.data.put("database", Map.of("unavailable", e.getMessage()));
            report.text().add("  database work: not measured (" + e.getMessage() + ")");
            return;
        }
        report.data.put("database", perService);
        report.text().add("  database work per completed flow (pg_stat_statements; time includes waiting for locks):");
        report.text().addAll(lines);
    }

    private record Totals(long calls, double ms) {
    }

    private Totals totals(Connection connection, String database) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select coalesce(sum(s.calls), 0), "
                + "coalesce(sum(s.total_exec_time), 0) from pg_stat_statements s join pg_database d on d.oid = s.dbid "
                + "where d.datname = ?")) {
            statement.setString(1, database);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return new Totals(rows.getLong(1), rows.getDouble(2));
            }
        }
    }

    private List<Map<String, Object>> top(Connection connection, String database, double flows) throws SQLException {
        List<Map<String, Object>> top = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("select s.calls, s.total_exec_time, s.query "
                + "from pg_stat_statements s join pg_database d on d.oid = s.dbid where d.datname = ? "
                + "order by s.total_exec_time desc limit " + TOP)) {
            statement.setString(1, database);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("callsPerFlow", WindowReport.round(rows.getLong(1) / flows));
                    entry.put("msPerCall", Math.round(rows.getDouble(2) / Math.max(1, rows.getLong(1)) * 1000) / 1000.0);
                    entry.put("query", shorten(rows.getString(3)));
                    top.add(entry);
                }
            }
        }
        return top;
    }

    static String shorten(String query) {
        String oneLine = query.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= 110 ? oneLine : oneLine.substring(0, 107) + "...";
    }

    private static Map<String, Long> commits(Connection connection) throws SQLException {
        Map<String, Long> commits = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select datname, xact_commit from pg_stat_database where datname is not null")) {
            while (rows.next()) {
                commits.put(rows.getString(1), rows.getLong(2));
            }
        }
        return commits;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "postgres", "postgres");
    }
}
