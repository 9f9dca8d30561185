package nl.totalservice.onboarding.partner.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.totalservice.onboarding.partner.matching.RoutedLeadRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Test setup that the API does not offer: other tests' partners share the database, so a
 * matching test makes its own partners the only active ones before deciding.
 */
@ApplicationScoped
public class TestWorld {

    private final EntityManager em;
    private final RoutedLeadRepository leads;
    private final Clock clock;

    public TestWorld(EntityManager em, RoutedLeadRepository leads, Clock clock) {
        this.em = em;
        this.leads = leads;
        this.clock = clock;
    }

    @Transactional
    public void onlyActive(Collection<UUID> partners) {
        em.createNativeQuery("update partner set active = false where active and not (id = any (cast(:ids as uuid[])))")
                .setParameter("ids", partners.stream().map(UUID::toString).toArray(String[]::new))
                .executeUpdate();
    }

    @Transactional
    public long decisionsOf(UUID leadId) {
        return ((Number) em.createNativeQuery("select count(*) from match_decision where lead_id = :lead")
                .setParameter("lead", leadId).getSingleResult()).longValue();
    }

    @Transactional
    public long decisionCount() {
        return ((Number) em.createNativeQuery("select count(*) from match_decision").getSingleResult()).longValue();
    }

    @Transactional
    public List<String> statusOf(UUID leadId) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("select status from routed_lead where lead_id = :lead")
                .setParameter("lead", leadId).getResultList();
        return rows;
    }

    /** Whether a consumer has handled the event with this {@code ce_id} (its inbox entry is committed with the effect). */
    @Transactional
    public boolean handled(String eventId) {
        return ((Number) em.createNativeQuery("select count(*) from messaging_inbox where event_id = :id")
                .setParameter("id", eventId).getSingleResult()).longValue() > 0;
    }

    /** Rows in a table of this service's schema: to show that a read-only operation changed nothing. */
    @Transactional
    public long rows(String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        return ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue();
    }

    /** The sum of all partners' versions: any change to any partner raises it. */
    @Transactional
    public long partnerVersions() {
        return ((Number) em.createNativeQuery("select coalesce(sum(version), 0) from partner").getSingleResult())
                .longValue();
    }

    /** partner_load's open assignments of the partner (0 without a row). */
    @Transactional
    public int keptOpenAssignments(UUID partner) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("select open_assignments from partner_load where partner_id = :partner")
                .setParameter("partner", partner).getResultList();
        return rows.isEmpty() ? 0 : rows.get(0).intValue();
    }

    /** The partner holding the lead (routed_lead.partner_id), or null. */
    @Transactional
    public UUID partnerOf(UUID leadId) {
        @SuppressWarnings("unchecked")
        List<UUID> rows = em.createNativeQuery("select partner_id from routed_lead where lead_id = :lead")
                .setParameter("lead", leadId).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** Runs a statement (setting up or undoing a deliberate inconsistency). */
    @Transactional
    public void execute(String sql, UUID partner) {
        em.createNativeQuery(sql).setParameter("partner", partner).executeUpdate();
    }

    /** Moves a lead's open assignment behind PartnerLoads' back, as a careless transition would. */
    @Transactional
    public void releaseWithoutSettling(UUID leadId) {
        leads.findById(leadId).noPartner(Instant.now(clock));
    }
}
