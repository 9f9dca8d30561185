package nl.totalservice.onboarding.partner.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.totalservice.onboarding.partner.geography.GeoPoint;
import nl.totalservice.onboarding.partner.matching.engine.PartnerSnapshot;
import nl.totalservice.onboarding.partner.matching.engine.Unavailability;
import nl.totalservice.onboarding.partner.registry.Partner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads every partner with its open assignments, last assignment and unavailability on the day, as
 * the engine's snapshots (by id). The counts come from partner_load, one row per partner, so the
 * cost of a decision does not grow with the leads, assignments and holidays of the past.
 */
@ApplicationScoped
public class PartnerSnapshots {

    private final EntityManager em;

    public PartnerSnapshots(EntityManager em) {
        this.em = em;
    }

    /**
     * @param forLead the lead being decided: its own open assignment does not count against its
     *                current partner (null for a preview)
     * @param day     the day decided for: only the unavailability periods covering it are read (the
     *                engine asks no more), so past holidays do not weigh on every decision
     */
    public List<PartnerSnapshot> load(UUID forLead, LocalDate day) {
        return read(forLead, day);
    }

    /**
     * Every partner with all its unavailability periods, for replaying decisions of many days (the
     * backtest, on demand): unlike {@link #load}, this reads every period ever recorded.
     */
    public List<PartnerSnapshot> loadForReplay() {
        return read(null, null);
    }

    /**
     * One query for the partners with their partner_load row, read as values: no managed entities, so
     * the flushes later in the decision's transaction have nothing of them to dirty-check.
     */
    private List<PartnerSnapshot> read(UUID forLead, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = TableQueries.nativeQuery(em, "select p.id, p.name, p.active, p.capacity, "
                        + "p.active_customers, p.latitude, p.longitude, p.service_radius_km, p.service_pc4_ranges, "
                        + "p.service_provinces, p.service_whole_country, l.open_assignments, l.last_assigned_at "
                        + "from partner p left join partner_load l on l.partner_id = p.id order by p.id",
                        "partner", "partner_load")
                .getResultList();
        Map<UUID, List<Unavailability>> unavailable = unavailableOn(day);
        UUID ownHolder = ownHolder(forLead);
        List<PartnerSnapshot> snapshots = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            int open = (row[11] == null ? 0 : ((Number) row[11]).intValue()) - (id.equals(ownHolder) ? 1 : 0);
            snapshots.add(new PartnerSnapshot(id, (String) row[1], (Boolean) row[2], ((Number) row[3]).intValue(),
                    ((Number) row[4]).intValue(), Math.max(0, open),
                    GeoPoint.ofNullable(toDouble(row[5]), toDouble(row[6])),
                    unavailable.getOrDefault(id, List.of()), PartnerLoads.toInstant(row[12]),
                    Partner.serviceAreaOf(toDouble(row[7]), (String) row[8], (String) row[9], (Boolean) row[10])));
        }
        return snapshots;
    }

    private static Double toDouble(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    /** The periods covering {@code day}, or every period when day is null. */
    private Map<UUID, List<Unavailability>> unavailableOn(LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = (day == null
                ? TableQueries.nativeQuery(em, "select partner_id, from_date, to_date, reason from partner_unavailability "
                        + "order by partner_id, from_date, to_date, reason", "partner_unavailability")
                : TableQueries.nativeQuery(em, "select partner_id, from_date, to_date, reason "
                        + "from partner_unavailability where to_date >= :day and from_date <= :day "
                        + "order by partner_id, from_date, to_date, reason", "partner_unavailability")
                        .setParameter("day", day))
                .getResultList();
        Map<UUID, List<Unavailability>> periods = new HashMap<>();
        rows.forEach(row -> periods.computeIfAbsent((UUID) row[0], id -> new ArrayList<>())
                .add(new Unavailability(toDate(row[1]), toDate(row[2]), (String) row[3])));
        return periods;
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    /** The partner whose open assignments include {@code lead} itself (from the persistence context). */
    private UUID ownHolder(UUID lead) {
        if (lead == null) {
            return null;
        }
        RoutedLead routed = em.find(RoutedLead.class, lead);
        return routed == null ? null : routed.settledHolder();
    }
}
