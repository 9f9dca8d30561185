package nl.totalservice.onboarding.partner.matching;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Reconciles partner_load with what it summarises: the open routed leads and the assignment log,
 * recomputed in full (a scan of history: for start-up and ops, never for a decision). Run once after
 * start-up, where any drift is logged as an error: on a worker thread, so that neither start-up nor
 * readiness waits for a scan that grows with history, and a database that is away only costs a warning.
 */
@ApplicationScoped
public class PartnerLoadCheck {

    private static final Logger LOG = Logger.getLogger(PartnerLoadCheck.class);

    /** One statement, so that it compares one snapshot of the database even while events are handled. */
    private static final String DRIFT = """
            with expected as (
                select coalesce(open.partner_id, assigned.partner_id) as partner_id,
                       coalesce(open.leads, 0) as open_assignments, assigned.last_at as last_assigned_at
                from (select partner_id, count(*) as leads from routed_lead
                      where status in ('MATCHED', 'ASSIGNED') and partner_id is not null group by partner_id) open
                full join (select partner_id, max(assigned_at) as last_at from partner_assignment
                           group by partner_id) assigned on assigned.partner_id = open.partner_id)
            select coalesce(e.partner_id, k.partner_id), coalesce(e.open_assignments, 0),
                   coalesce(k.open_assignments, 0), e.last_assigned_at, k.last_assigned_at
            from expected e full join partner_load k on k.partner_id = e.partner_id
            where coalesce(e.open_assignments, 0) <> coalesce(k.open_assignments, 0)
               or e.last_assigned_at is distinct from k.last_assigned_at
            order by 1
            """;

    private final EntityManager em;

    public PartnerLoadCheck(EntityManager em) {
        this.em = em;
    }

    /** A partner whose kept counts differ from the recomputed ones. */
    public record Drift(UUID partnerId, int expectedOpenAssignments, int keptOpenAssignments,
                        Instant expectedLastAssignedAt, Instant keptLastAssignedAt) {
    }

    /** Every partner whose partner_load row differs from the aggregate over routed_lead and partner_assignment. */
    @Transactional
    public List<Drift> drift() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(DRIFT).getResultList();
        return rows.stream()
                .map(row -> new Drift((UUID) row[0], ((Number) row[1]).intValue(), ((Number) row[2]).intValue(),
                        PartnerLoads.toInstant(row[3]), PartnerLoads.toInstant(row[4])))
                .toList();
    }

    void onStart(@Observes StartupEvent event) {
        Infrastructure.getDefaultWorkerPool().execute(this::logDrift);
    }

    void logDrift() {
        List<Drift> drift;
        try {
            drift = drift();
        } catch (RuntimeException e) {
            LOG.warnf("partner_load was not compared with routed_lead and partner_assignment at start-up: %s "
                    + "(GET /api/reports/partner-load-drift compares it on demand)", e.toString());
            return;
        }
        if (drift.isEmpty()) {
            LOG.debug("partner_load agrees with routed_lead and partner_assignment");
            return;
        }
        LOG.errorf("partner_load differs from routed_lead and partner_assignment for %d partner(s), first: %s",
                drift.size(), drift.get(0));
    }
}
