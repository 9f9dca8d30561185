package nl.totalservice.onboarding.partner.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

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

    public TestWorld(EntityManager em) {
        this.em = em;
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
}
