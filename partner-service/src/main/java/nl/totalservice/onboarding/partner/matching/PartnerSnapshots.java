package nl.totalservice.onboarding.partner.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.totalservice.onboarding.partner.matching.engine.PartnerSnapshot;
import nl.totalservice.onboarding.partner.matching.engine.Unavailability;
import nl.totalservice.onboarding.partner.registry.Partner;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads every partner with its open assignments and last assignment, as the engine's snapshots (by id). */
@ApplicationScoped
public class PartnerSnapshots {

    private final EntityManager em;

    public PartnerSnapshots(EntityManager em) {
        this.em = em;
    }

    /**
     * @param forLead the lead being decided: its own open assignment does not count against its
     *                current partner (null for a preview)
     */
    public List<PartnerSnapshot> load(UUID forLead) {
        List<Partner> partners = em.createQuery(
                "select distinct p from Partner p left join fetch p.unavailability order by p.id", Partner.class)
                .getResultList();
        Map<UUID, Integer> open = openAssignments(forLead);
        Map<UUID, Instant> lastAssigned = lastAssignments();
        return partners.stream().map(partner -> new PartnerSnapshot(partner.id(), partner.name(), partner.active(),
                partner.capacity(), partner.activeCustomers(), open.getOrDefault(partner.id(), 0), partner.location(),
                partner.unavailability().stream()
                        .map(period -> new Unavailability(period.from(), period.to(), period.reason())).toList(),
                lastAssigned.get(partner.id()), partner.serviceArea())).toList();
    }

    private Map<UUID, Integer> openAssignments(UUID forLead) {
        Map<UUID, Integer> open = new HashMap<>();
        em.createQuery("select r.partnerId, count(r) from RoutedLead r where r.status in :open "
                        + "and r.partnerId is not null and r.leadId <> :lead group by r.partnerId", Object[].class)
                .setParameter("open", LeadStatus.OPEN)
                .setParameter("lead", forLead == null ? new UUID(0, 0) : forLead)
                .getResultList()
                .forEach(row -> open.put((UUID) row[0], ((Number) row[1]).intValue()));
        return open;
    }

    private Map<UUID, Instant> lastAssignments() {
        Map<UUID, Instant> last = new HashMap<>();
        em.createQuery("select a.partnerId, max(a.assignedAt) from PartnerAssignment a group by a.partnerId",
                        Object[].class)
                .getResultList()
                .forEach(row -> last.put((UUID) row[0], (Instant) row[1]));
        return last;
    }
}
