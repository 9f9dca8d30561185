package nl.totalservice.onboarding.partner.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.totalservice.onboarding.partner.matching.engine.PartnerSnapshot;
import nl.totalservice.onboarding.partner.matching.engine.Unavailability;
import nl.totalservice.onboarding.partner.registry.Partner;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads every partner with its open assignments and last assignment, as the engine's snapshots (by
 * id). The counts come from partner_load, one row per partner, so the cost of a decision does
 * not grow with the number of leads and assignments ever handled.
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
     */
    public List<PartnerSnapshot> load(UUID forLead) {
        List<Partner> partners = em.createQuery(
                "select distinct p from Partner p left join fetch p.unavailability order by p.id", Partner.class)
                .getResultList();
        Map<UUID, PartnerLoads.Load> load = loads.all();
        UUID ownHolder = ownHolder(forLead);
        return partners.stream().map(partner -> {
            PartnerLoads.Load counts = load.getOrDefault(partner.id(), PartnerLoads.Load.NONE);
            int open = counts.openAssignments() - (partner.id().equals(ownHolder) ? 1 : 0);
            return new PartnerSnapshot(partner.id(), partner.name(), partner.active(), partner.capacity(),
                    partner.activeCustomers(), Math.max(0, open), partner.location(),
                    partner.unavailability().stream()
                            .map(period -> new Unavailability(period.from(), period.to(), period.reason())).toList(),
                    counts.lastAssignedAt());
        }).toList();
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
