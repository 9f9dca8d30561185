package nl.totalservice.onboarding.partner.matching;

import nl.totalservice.onboarding.partner.geography.GeoPoint;
import nl.totalservice.onboarding.partner.matching.engine.Decision;
import nl.totalservice.onboarding.partner.matching.engine.LeadLocation;
import nl.totalservice.onboarding.partner.matching.engine.MatchRequest;
import nl.totalservice.onboarding.partner.matching.engine.MatchingEngine;
import nl.totalservice.onboarding.partner.matching.engine.MatchingPolicy;
import nl.totalservice.onboarding.partner.matching.engine.PartnerSnapshot;
import nl.totalservice.onboarding.partner.matching.engine.Unavailability;
import nl.totalservice.onboarding.platform.testing.infra.PostgresServer;
import org.flywaydb.core.Flyway;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * What one decision costs over the real persistence, with little and with much history: an
 * embedded PostgreSQL gets partner-service's Flyway migrations, 200 partners and 1,000 (then
 * 100,000) routed leads with their assignments; each decision reads the partner snapshots with the
 * SQL the service runs (Hibernate's, written out) and runs the engine. {@code before}: the reads of
 * the service before partner_load (every partner with all its unavailability periods, a count over
 * the open routed leads, a max over every assignment ever made); {@code after}: the partners,
 * the periods covering the day and partner_load (one row per partner). Wall-clock times of the
 * whole read + decide, in one transaction each, as the service does.
 *
 * <p>Run: {@code mvn -B -q -Pbenchmark test-compile exec:exec -pl partner-service
 * -Djmh.main=nl.totalservice.onboarding.partner.matching.DecisionCostHarness -Djmh.args="1000,100000"}
 * (arguments: lead counts, comma-separated, one database each; then optionally rounds and decisions per
 * round). One variant at a time; decision by decision the sizes take turns, so that a shared
 * machine's load falls on all alike.
 */
public final class DecisionCostHarness {

    private static final int PARTNERS = 200;
    private static final LocalDate TODAY = LocalDate.of(2026, 7, 1);

    /** Hibernate's SQL for {@code select distinct p from Partner p left join fetch p.unavailability order by p.id}. */
    private static final String PARTNERS_SQL = "select distinct p.id, p.name, p.active, p.capacity, p.active_customers, "
            + "p.latitude, p.longitude, u.from_date, u.to_date, u.reason from partner p "
            + "left join partner_unavailability u on u.partner_id = p.id order by p.id";
    private static final String OPEN_AGGREGATE_SQL = "select partner_id, count(*) from routed_lead "
            + "where status in ('MATCHED', 'ASSIGNED') and partner_id is not null and lead_id <> ? group by partner_id";
    private static final String LAST_AGGREGATE_SQL =
            "select partner_id, max(assigned_at) from partner_assignment group by partner_id";
    private static final String PARTNERS_ONLY_SQL = "select p.id, p.name, p.active, p.capacity, p.active_customers, "
            + "p.latitude, p.longitude from partner p order by p.id";
    private static final String UNAVAILABLE_ON_SQL = "select partner_id, from_date, to_date, reason "
            + "from partner_unavailability where to_date >= ? and from_date <= ? "
            + "order by partner_id, from_date, to_date, reason";
    private static final String PARTNER_LOAD_SQL = "select partner_id, open_assignments, last_assigned_at from partner_load";

    private DecisionCostHarness() {
    }

    /** BEFORE: every partner with all its periods, counts aggregated; AFTER: partner_load and the day's periods. */
    private enum Variant {
        BEFORE, AFTER
    }

    private record Counts(Map<UUID, Integer> open, Map<UUID, Instant> last) {
    }

    public static void main(String[] args) throws SQLException {
        String[] words = String.join(" ", args).trim().split("\\s+"); // exec:exec passes jmh.args as one argument
        int[] sizes = Arrays.stream((words[0].isEmpty() ? "1000,100000" : words[0]).split(","))
                .mapToInt(size -> Integer.parseInt(size.trim())).toArray();
        int rounds = words.length > 1 ? Integer.parseInt(words[1]) : 10;
        int perRound = words.length > 2 ? Integer.parseInt(words[2]) : 200;
        MatchingEngine engine = new MatchingEngine(MatchingPolicy.defaults());
        try (PostgresServer postgres = PostgresServer.startForTests()) {
            List<String> urls = new ArrayList<>();
            for (int leads : sizes) {
                String database = "decision_cost_" + leads;
                postgres.createDatabase(database);
                urls.add(postgres.jdbcUrl(database));
                long loadStart = System.nanoTime();
                fill(urls.get(urls.size() - 1), leads);
                System.out.printf(Locale.ROOT, "%,d routed leads, %d partners: filled and migrated in %.1f s%n",
                        leads, PARTNERS, (System.nanoTime() - loadStart) / 1e9);
            }
            System.out.printf(Locale.ROOT, "%d rounds of %d decisions per size and variant (after one warm-up round)%n",
                    rounds, perRound);
            for (Variant variant : Variant.values()) {
                long[][] samples = measure(urls, engine, variant, rounds, perRound);
                for (int size = 0; size < sizes.length; size++) {
                    report(sizes[size], variant, samples[size]);
                }
            }
        }
    }

    /**
     * One variant at a time, on fresh connections (a backend that just ran the slow aggregates is
     * scheduled behind, which would weigh on what follows it); decision by decision the sizes take
     * turns, so that the load of a shared machine falls on all alike. Round 0 warms up.
     */
    private static long[][] measure(List<String> urls, MatchingEngine engine, Variant variant, int rounds,
                                    int perRound) throws SQLException {
        List<Connection> connections = new ArrayList<>();
        List<List<UUID>> leads = new ArrayList<>();
        try {
            for (String url : urls) {
                Connection connection = DriverManager.getConnection(url, PostgresServer.USER, "");
                connection.setAutoCommit(false);
                connections.add(connection);
                leads.add(someLeads(connection));
            }
            long[][] samples = new long[urls.size()][rounds * perRound];
            Random random = new Random(7);
            for (int round = 0; round <= rounds; round++) {
                for (int i = 0; i < perRound; i++) {
                    MatchRequest request = new MatchRequest(LeadLocation.coordinates(point(random)), null, Set.of(),
                            TODAY);
                    for (int turn = 0; turn < urls.size(); turn++) {
                        int size = (turn + i) % urls.size();
                        UUID lead = leads.get(size).get(random.nextInt(leads.get(size).size()));
                        long nanos = decide(connections.get(size), engine, variant, lead, request);
                        if (round > 0) {
                            samples[size][(round - 1) * perRound + i] = nanos;
                        }
                    }
                }
            }
            return samples;
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    private static List<UUID> someLeads(Connection connection) throws SQLException {
        List<UUID> leads = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select lead_id from routed_lead order by lead_id limit 1000")) {
            while (rs.next()) {
                leads.add(rs.getObject(1, UUID.class));
            }
        }
        connection.commit();
        return leads;
    }

    /** One decision as the service makes it (read the snapshots, run the engine, commit); its wall-clock time. */
    private static long decide(Connection connection, MatchingEngine engine, Variant variant, UUID lead,
                               MatchRequest request) throws SQLException {
        long start = System.nanoTime();
        List<PartnerSnapshot> snapshots = snapshots(connection, variant, lead);
        Decision decision = engine.decide(request, snapshots);
        connection.commit();
        long nanos = System.nanoTime() - start;
        if (decision.partnersConsidered() != PARTNERS) {
            throw new IllegalStateException("The decision did not consider every partner: " + decision);
        }
        return nanos;
    }

    private static List<PartnerSnapshot> snapshots(Connection connection, Variant variant, UUID lead)
            throws SQLException {
        Counts counts = variant == Variant.BEFORE ? aggregate(connection, lead) : partnerLoad(connection, lead);
        Map<UUID, List<Object>> partners = new LinkedHashMap<>();
        Map<UUID, List<Unavailability>> periods = new HashMap<>();
        if (variant == Variant.AFTER) {
            try (PreparedStatement statement = connection.prepareStatement(UNAVAILABLE_ON_SQL)) {
                statement.setObject(1, TODAY);
                statement.setObject(2, TODAY);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        periods.computeIfAbsent(rs.getObject(1, UUID.class), key -> new ArrayList<>()).add(
                                new Unavailability(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
                                        rs.getString(4)));
                    }
                }
            }
        }
        String partnersSql = variant == Variant.BEFORE ? PARTNERS_SQL : PARTNERS_ONLY_SQL;
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(partnersSql)) {
            while (rs.next()) {
                UUID id = rs.getObject(1, UUID.class);
                partners.computeIfAbsent(id, key -> {
                    try {
                        return List.of(rs.getString(2), rs.getBoolean(3), rs.getInt(4), rs.getInt(5),
                                new GeoPoint(rs.getDouble(6), rs.getDouble(7)));
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                if (variant == Variant.BEFORE && rs.getObject(8) != null) {
                    periods.computeIfAbsent(id, key -> new ArrayList<>()).add(new Unavailability(
                            rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class), rs.getString(10)));
                }
            }
        }
        List<PartnerSnapshot> snapshots = new ArrayList<>(partners.size());
        partners.forEach((id, row) -> snapshots.add(new PartnerSnapshot(id, (String) row.get(0), (Boolean) row.get(1),
                (Integer) row.get(2), (Integer) row.get(3), counts.open().getOrDefault(id, 0), (GeoPoint) row.get(4),
                periods.getOrDefault(id, List.of()), counts.last().get(id))));
        return snapshots;
    }

    private static Counts aggregate(Connection connection, UUID lead) throws SQLException {
        Map<UUID, Integer> open = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(OPEN_AGGREGATE_SQL)) {
            statement.setObject(1, lead);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    open.put(rs.getObject(1, UUID.class), rs.getInt(2));
                }
            }
        }
        Map<UUID, Instant> last = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(LAST_AGGREGATE_SQL)) {
            while (rs.next()) {
                last.put(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant());
            }
        }
        return new Counts(open, last);
    }

    /** The service finds the lead's own holder in its persistence context (loaded already); here a key lookup. */
    private static Counts partnerLoad(Connection connection, UUID lead) throws SQLException {
        Map<UUID, Integer> open = new HashMap<>();
        Map<UUID, Instant> last = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(PARTNER_LOAD_SQL)) {
            while (rs.next()) {
                UUID partner = rs.getObject(1, UUID.class);
                open.put(partner, rs.getInt(2));
                Timestamp at = rs.getTimestamp(3);
                if (at != null) {
                    last.put(partner, at.toInstant());
                }
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "select partner_id from routed_lead where lead_id = ? and status in ('MATCHED', 'ASSIGNED')")) {
            statement.setObject(1, lead);
            try (ResultSet rs = statement.executeQuery()) {
                if (rs.next()) {
                    open.merge(rs.getObject(1, UUID.class), -1, Integer::sum);
                }
            }
        }
        return new Counts(open, last);
    }

    /**
     * V1 schema, then the history (routed leads and assignments), then the later migrations (V3 fills
     * partner_load from that history), then the partners. Lead statuses: 5 % matched or assigned,
     * 55 % customer, 10 % withdrawn, 15 % not interested, 15 % unassigned; one to three assignments
     * per lead over the last two years.
     */
    private static void fill(String url, int leads) throws SQLException {
        Flyway.configure().dataSource(url, PostgresServer.USER, "").locations("classpath:db/migration")
                .target("1").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, PostgresServer.USER, "");
             Statement statement = connection.createStatement()) {
            String partner = "('00000000-0000-4000-8000-' || lpad(to_hex(1 + (g * 7919) %% %d), 12, '0'))::uuid"
                    .formatted(PARTNERS);
            statement.execute("""
                    insert into routed_lead (lead_id, version, status, revision, company_name, postcode, pc4, latitude,
                        longitude, partner_id, partner_since, counted_partner_id, created_at, updated_at)
                    select ('10000000-0000-4000-8000-' || lpad(to_hex(g), 12, '0'))::uuid, 1,
                        case when g %% 20 = 0 then (case when g %% 40 = 0 then 'MATCHED' else 'ASSIGNED' end)
                             when g %% 20 < 12 then 'CUSTOMER' when g %% 20 < 14 then 'WITHDRAWN'
                             when g %% 20 < 17 then 'NOT_INTERESTED' else 'UNASSIGNED' end,
                        1, 'Company ' || g, '1234 AB', '1234', 52.0, 5.0,
                        case when g %% 20 = 0 or g %% 20 between 1 and 11 then %s end,
                        now() - (g %% 730) * interval '1 day',
                        case when g %% 20 between 1 and 11 then %s end,
                        now() - (g %% 730) * interval '1 day', now() - (g %% 730) * interval '1 day'
                    from generate_series(1, %d) g
                    """.formatted(partner, partner, leads));
            statement.execute("""
                    insert into partner_assignment (lead_id, partner_id, source, decision_id, assigned_at)
                    select ('10000000-0000-4000-8000-' || lpad(to_hex(g), 12, '0'))::uuid,
                        ('00000000-0000-4000-8000-' || lpad(to_hex(1 + ((g + k) * 7919) %% %d), 12, '0'))::uuid,
                        case k when 0 then 'DECISION' when 1 then 'TASK_ASSIGNED' else 'ONBOARDED' end, null,
                        now() - (g %% 730) * interval '1 day' + k * interval '1 hour'
                    from generate_series(1, %d) g, generate_series(0, 2) k
                    where k <= g %% 3
                    """.formatted(PARTNERS, leads));
        }
        Flyway.configure().dataSource(url, PostgresServer.USER, "").locations("classpath:db/migration")
                .load().migrate();
        try (Connection connection = DriverManager.getConnection(url, PostgresServer.USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("""
                    insert into partner (id, version, name, contact_name, email, phone, preferred_language, postcode,
                        city, latitude, longitude, location_source, active, capacity, active_customers, created_at,
                        created_by, updated_at, updated_by)
                    select ('00000000-0000-4000-8000-' || lpad(to_hex(k), 12, '0'))::uuid, 0, 'Partner ' || k,
                        'Contact', 'partner' || k || '@example.nl', '+31 50 123 4567', 'nl', '1234 AB', 'City',
                        50.75 + (k * 37 %% 100) / 100.0 * 2.7, 3.4 + (k * 53 %% 100) / 100.0 * 3.8, 'GIVEN',
                        k %% 20 <> 0, 20 + k %% 40, k %% 25, now(), 'benchmark', now(), 'benchmark'
                    from generate_series(1, %d) k
                    """.formatted(PARTNERS));
            // two past holidays per partner, and 3 % away today
            statement.execute("""
                    insert into partner_unavailability (partner_id, from_date, to_date, reason)
                    select id, date '2025-07-01' + y * 180, date '2025-07-14' + y * 180, 'Holiday'
                    from partner, generate_series(0, 1) y
                    """);
            statement.execute("""
                    insert into partner_unavailability (partner_id, from_date, to_date, reason)
                    select id, date '2026-06-28', date '2026-07-10', 'Summer' from partner where name like '%%3'
                    """.formatted());
            statement.execute("vacuum analyze");
        }
    }

    private static GeoPoint point(Random random) {
        return new GeoPoint(50.75 + random.nextDouble() * 2.7, 3.4 + random.nextDouble() * 3.8);
    }

    private static void report(int leads, Variant variant, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
        System.out.printf(Locale.ROOT, "%,8d leads  %-12s  mean %7.3f ms  p50 %7.3f ms  p90 %7.3f ms  p99 %7.3f ms%n",
                leads, variant.name().toLowerCase(Locale.ROOT), mean, at(sorted, 0.50), at(sorted, 0.90),
                at(sorted, 0.99));
    }

    private static double at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
