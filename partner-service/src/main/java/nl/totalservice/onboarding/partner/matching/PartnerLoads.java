package nl.totalservice.onboarding.partner.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Keeps partner_load (open assignments and last assignment per partner) current in the
 * transaction of each change: the only writer of that table and of the assignment log. Changes
 * are atomic increments, never read-modify-write, because lead and task events are handled
 * concurrently; the rows of one change are touched in partner-id order so that two changes
 * cannot deadlock. A release below zero (the table out of step) fails the transaction loudly.
 */
@ApplicationScoped
public class PartnerLoads {

    private final EntityManager em;

    public PartnerLoads(EntityManager em) {
        this.em = em;
    }

    /** What partner_load says of one partner. */
    public record Load(int openAssignments, Instant lastAssignedAt) {

        public static final Load NONE = new Load(0, null);
    }

    /** Moves the lead's open assignment in partner_load as its transitions since the last settle moved it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void settle(RoutedLead lead) {
        apply(lead.takeHoldChange(), lead.partnerId(), null);
    }

    /**
     * {@link #settle}, and the lead went to the partner that now has it ({@code lead.partnerId()}):
     * logged in partner_assignment (fairness report) and that partner's last assignment.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void settleAssigned(RoutedLead lead, PartnerAssignment.Source source, UUID decisionId, Instant at) {
        HoldChange change = lead.takeHoldChange(); // before the insert below can flush the lead
        em.persist(PartnerAssignment.of(lead.leadId(), lead.partnerId(), source, decisionId, at));
        apply(change, lead.partnerId(), at);
    }

    private void apply(HoldChange change, UUID assignee, Instant assignedAt) {
        Map<UUID, Integer> deltas = new TreeMap<>();
        if (change.released() != null) {
            deltas.merge(change.released(), -1, Integer::sum);
        }
        if (change.taken() != null) {
            deltas.merge(change.taken(), 1, Integer::sum);
        }
        if (assignedAt != null) {
            deltas.merge(assignee, 0, Integer::sum);
        }
        deltas.forEach((partner, delta) -> {
            if (assignedAt != null && partner.equals(assignee)) {
                update(partner, delta, assignedAt);
            } else if (delta != 0) {
                update(partner, delta, null);
            }
        });
    }

    private void update(UUID partnerId, int delta, Instant assignedAt) {
        if (delta < 0) {
            release(partnerId, assignedAt);
            return;
        }
        String sql = assignedAt == null
                ? "insert into partner_load (partner_id, open_assignments) values (:partner, :delta) "
                + "on conflict (partner_id) do update "
                + "set open_assignments = partner_load.open_assignments + excluded.open_assignments"
                : "insert into partner_load (partner_id, open_assignments, last_assigned_at) "
                + "values (:partner, :delta, :at) on conflict (partner_id) do update "
                + "set open_assignments = partner_load.open_assignments + excluded.open_assignments, "
                + "last_assigned_at = greatest(partner_load.last_assigned_at, excluded.last_assigned_at)";
        var query = TableQueries.nativeQuery(em, sql, "partner_load").setParameter("partner", partnerId)
                .setParameter("delta", delta);
        if (assignedAt != null) {
            query.setParameter("at", assignedAt);
        }
        query.executeUpdate();
    }

    /** A plain update: the partner that held the lead has a row (an upsert would check -1 before the conflict). */
    private void release(UUID partnerId, Instant assignedAt) {
        var query = TableQueries.nativeQuery(em, assignedAt == null
                        ? "update partner_load set open_assignments = open_assignments - 1 where partner_id = :partner"
                        : "update partner_load set open_assignments = open_assignments - 1, "
                        + "last_assigned_at = greatest(last_assigned_at, :at) where partner_id = :partner", "partner_load")
                .setParameter("partner", partnerId);
        if (assignedAt != null) {
            query.setParameter("at", assignedAt);
        }
        if (query.executeUpdate() != 1) {
            throw new IllegalStateException("partner_load has no row for partner " + partnerId
                    + ", which held a lead: the table is out of step (see PartnerLoadCheck)");
        }
    }

    /** Every partner's row (one per partner that ever held or got a lead: independent of history). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, Load> all() {
        Map<UUID, Load> loads = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = TableQueries.nativeQuery(em,
                "select partner_id, open_assignments, last_assigned_at from partner_load", "partner_load").getResultList();
        rows.forEach(row -> loads.put((UUID) row[0], new Load(((Number) row[1]).intValue(), toInstant(row[2]))));
        return loads;
    }

    static Instant toInstant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }
}
