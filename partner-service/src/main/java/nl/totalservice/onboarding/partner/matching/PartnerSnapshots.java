package nl.totalservice.onboarding.partner.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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
    private final PartnerLoads loads;

    public PartnerSnapshots(EntityManager em, PartnerLoads loads) {
        this.em = em;
        this.loads = loads;
    }

    /**
     * @param forLead the lead being decided: its own open assignment does not count against its
     *                current partner (null for a preview)
     * @param day     the day decided for: only the unavailability periods covering it are read (the
     *                engine asks no more), so past holidays do not weigh on every decision
     */
    public List<PartnerSnapshot> load(UUID forLead, LocalDate day) {
        List<Partner> partners = em.createQuery("select p from Partner p order by p.id", Partner.class)
                .getResultList();
        Map<UUID, List<Unavailability>> unavailable = unavailableOn(day);
        Map<UUID, PartnerLoads.Load> load = loads.all();
        UUID ownHolder = ownHolder(forLead);
        return partners.stream().map(partner -> {
            PartnerLoads.Load counts = load.getOrDefault(partner.id(), PartnerLoads.Load.NONE);
            int open = counts.openAssignments() - (partner.id().equals(ownHolder) ? 1 : 0);
            return new PartnerSnapshot(partner.id(), partner.name(), partner.active(), partner.capacity(),
                    partner.activeCustomers(), Math.max(0, open), partner.location(),
                    unavailable.getOrDefault(partner.id(), List.of()), counts.lastAssignedAt());
        }).toList();
    }

    private Map<UUID, List<Unavailability>> unavailableOn(LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select partner_id, from_date, to_date, reason "
                        + "from partner_unavailability where to_date >= :day and from_date <= :day "
                        + "order by partner_id, from_date, to_date, reason")
                .setParameter("day", day)
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
