package nl.totalservice.onboarding.platform.localstack.faults;

import java.sql.Array;
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
import java.util.Map;
import java.util.UUID;

/** Reads the services' databases over JDBC (a fresh connection each time: the server may have restarted). */
final class Checker {

    static final List<String> DATABASES = List.of("leads", "partners", "tasks", "notifications");
    private static final int CHUNK = 1000;

    private final int port;

    Checker(int port) {
        this.port = port;
    }

    /** Outbox rows not yet published, per database (-1: the database did not answer). */
    Map<String, Long> unpublishedOutbox() {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String database : DATABASES) {
            rows.put(database, count(database, "select count(*) from messaging_outbox where published_at is null"));
        }
        return rows;
    }

    /** Work still under way: tasks of accepted leads not yet accepted by a partner, notifications not yet sent or failed. */
    Map<String, Long> unfinished(List<UUID> leads) {
        Map<String, Long> open = new LinkedHashMap<>();
        long tasksNotAccepted = 0;
        long missingTasks = 0;
        for (List<UUID> chunk : chunks(leads)) {
            Map<String, Long> counts = query("tasks", """
                    select count(*) filter (where status not in ('ACCEPTED', 'CUSTOMER_CONTACTED', 'COMPLETED')) as open_tasks,
                           count(distinct lead_id) as leads_with_task
                    from follow_up_task where lead_id = any(?)""", chunk);
            tasksNotAccepted += counts.getOrDefault("open_tasks", -1L);
            missingTasks += chunk.size() - counts.getOrDefault("leads_with_task", 0L);
        }
        open.put("tasksNotYetAccepted", tasksNotAccepted);
        open.put("leadsWithoutTask", missingTasks);
        open.put("notificationsPending", count("notifications",
                "select count(*) from notification where status in ('PENDING', 'SENDING')"));
        return open;
    }

    /** The facts of each accepted lead, from partner-, task- and notification-service's databases and the mail log. */
    List<LeadFacts> facts(List<UUID> leads, MailLog mail) throws SQLException {
        Map<UUID, int[]> decisions = new HashMap<>(); // lead -> {interest, declined}
        Map<UUID, List<UUID>> tasksByLead = new HashMap<>();
        Map<UUID, int[]> history = new HashMap<>(); // task -> {assigned, declined}
        Map<UUID, List<LeadFacts.Notification>> notifications = new HashMap<>();
        for (List<UUID> chunk : chunks(leads)) {
            rows("partners", "select lead_id, trigger, count(*) from match_decision where lead_id = any(?) group by 1, 2", chunk,
                    rs -> {
                        int[] counts = decisions.computeIfAbsent(rs.getObject(1, UUID.class), key -> new int[2]);
                        switch (rs.getString(2)) {
                            case "INTEREST_RECORDED" -> counts[0] += rs.getInt(3);
                            case "TASK_DECLINED" -> counts[1] += rs.getInt(3);
                            default -> { } // REQUESTED: the suite never asks
                        }
                    });
            rows("tasks", "select lead_id, id from follow_up_task where lead_id = any(?) and task_type = 'LEAD_FOLLOW_UP'", chunk,
                    rs -> tasksByLead.computeIfAbsent(rs.getObject(1, UUID.class), key -> new ArrayList<>())
                            .add(rs.getObject(2, UUID.class)));
        }
        List<UUID> tasks = tasksByLead.values().stream().flatMap(List::stream).toList();
        for (List<UUID> chunk : chunks(tasks)) {
            rows("tasks", "select task_id, action, count(*) from follow_up_task_history where task_id = any(?) "
                    + "and action in ('ASSIGNED', 'DECLINED') group by 1, 2", chunk, rs -> {
                        int[] counts = history.computeIfAbsent(rs.getObject(1, UUID.class), key -> new int[2]);
                        counts[rs.getString(2).equals("ASSIGNED") ? 0 : 1] += rs.getInt(3);
                    });
            rows("notifications", "select task_id, id, status from notification where kind = 'TASK_ASSIGNED' and task_id = any(?)",
                    chunk, rs -> {
                        UUID id = rs.getObject(2, UUID.class);
                        notifications.computeIfAbsent(rs.getObject(1, UUID.class), key -> new ArrayList<>())
                                .add(new LeadFacts.Notification(id, rs.getString(3).equals("SENT"), mail.count(id.toString())));
                    });
        }
        List<LeadFacts> facts = new ArrayList<>();
        for (UUID lead : leads) {
            int[] decided = decisions.getOrDefault(lead, new int[2]);
            List<UUID> leadTasks = tasksByLead.getOrDefault(lead, List.of());
            int assignments = 0;
            int declines = 0;
            List<LeadFacts.Notification> sent = new ArrayList<>();
            for (UUID task : leadTasks) {
                int[] counts = history.getOrDefault(task, new int[2]);
                assignments += counts[0];
                declines += counts[1];
                sent.addAll(notifications.getOrDefault(task, List.of()));
            }
            facts.add(new LeadFacts(lead, decided[0], decided[1], leadTasks.size(), declines, assignments, sent));
        }
        return facts;
    }

    private interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    private void rows(String database, String sql, List<UUID> ids, Row row) throws SQLException {
        try (Connection connection = connect(database); PreparedStatement statement = connection.prepareStatement(sql)) {
            Array array = connection.createArrayOf("uuid", ids.toArray());
            statement.setArray(1, array);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    row.accept(rs);
                }
            }
        }
    }

    private Map<String, Long> query(String database, String sql, List<UUID> ids) {
        Map<String, Long> values = new HashMap<>();
        try {
            rows(database, sql, ids, rs -> {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    values.put(rs.getMetaData().getColumnLabel(i), rs.getLong(i));
                }
            });
        } catch (SQLException e) {
            return Map.of();
        }
        return values;
    }

    private long count(String database, String sql) {
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            return -1;
        }
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database + "?connectTimeout=5",
                "postgres", "postgres");
    }

    private static <T> List<List<T>> chunks(List<T> items) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < items.size(); i += CHUNK) {
            chunks.add(items.subList(i, Math.min(items.size(), i + CHUNK)));
        }
        return chunks;
    }
}
