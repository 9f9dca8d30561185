package nl.totalservice.onboarding.lead.lead;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import nl.totalservice.onboarding.platform.database.InList;
import nl.totalservice.onboarding.platform.web.http.Page;
import nl.totalservice.onboarding.platform.web.http.Paging;
import nl.totalservice.onboarding.platform.web.problem.ProblemException;
import org.hibernate.Hibernate;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Leads in PostgreSQL. */
@ApplicationScoped
public class LeadRepository implements PanacheRepositoryBase<Lead, UUID> {

    /** The duplicate check: a named query, parsed and validated once at start-up. */
    static final String CONFLICTING = "Lead.conflicting";
    /** {@link #presence}: a named query too. */
    static final String PRESENCE = "Lead.presence";
    static final String PRESENCE_QUERY = "select new nl.totalservice.onboarding.lead.lead.LeadPresence("
            + "l.id, l.erasure.erasedAt) from Lead l where l.id = :id";
    /**
     * Uses the unique indexes' own expressions and conditions, the states as literals (so even a
     * cached generic plan can use the partial indexes): both branches are index lookups.
     */
    static final String CONFLICTING_QUERY = "select new nl.totalservice.onboarding.lead.lead.LeadConflict("
            + "l.id, l.kvkNumber, l.companyName, l.state) from Lead l where l.id <> :except and ("
            + "(lower(l.contact.email) = :email"
            + " and l.state <> nl.totalservice.onboarding.lead.lead.LeadState.WITHDRAWN"
            + " and l.state <> nl.totalservice.onboarding.lead.lead.LeadState.ONBOARDED)"
            + " or (l.kvkNumber = :kvk and l.state <> nl.totalservice.onboarding.lead.lead.LeadState.WITHDRAWN))";

    /** The lead, or a 404 problem. */
    public Lead require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Lead", id));
    }

    /**
     * That the lead exists and whether it was erased, without loading it (two columns by primary
     * key): empty when lead-service does not know the lead.
     */
    public Optional<LeadPresence> presence(UUID id) {
        return getEntityManager().createNamedQuery(PRESENCE, LeadPresence.class)
                .setParameter("id", id)
                .getResultList().stream().findFirst();
    }

    /**
     * Writes the pending changes now. Two writers of one lead that both add a child row (a revision,
     * the checklist) meet at that row's unique index before the version check: that is the same
     * concurrent update, so it answers the same (409 via {@link OptimisticLockException}).
     */
    public void flushChanges() {
        try {
            flush();
        } catch (PersistenceException e) {
            if (isConcurrentChildRow(e)) {
                throw new OptimisticLockException("The lead was changed by someone else at the same time", e);
            }
            throw e;
        }
    }

    private static boolean isConcurrentChildRow(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState()) && sql.getMessage() != null
                    && (sql.getMessage().contains("lead_interest_revision_unique")
                    || sql.getMessage().contains("lead_document_unique"))) {
                return true;
            }
        }
        return false;
    }

    /** Another lead with this KvK number (unless withdrawn), or with this email address while open. */
    public Optional<LeadConflict> findConflicting(String kvkNumber, String email, UUID except) {
        return getEntityManager().createNamedQuery(CONFLICTING, LeadConflict.class)
                .setParameter("email", email.toLowerCase(Locale.ROOT))
                .setParameter("kvk", kvkNumber == null ? "" : kvkNumber)
                .setParameter("except", except == null ? new UUID(0, 0) : except)
                .setMaxResults(1)
                .getResultList().stream().findFirst();
    }

    /** One page of leads, newest first; {@code ownerEmail} and {@code states} filter when given. */
    public Page<Lead> page(String ownerEmail, Collection<LeadState> states, Paging paging) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (ownerEmail != null) {
            conditions.add("lower(owner.email) = :owner");
            parameters.and("owner", ownerEmail.toLowerCase(Locale.ROOT));
        }
        if (!states.isEmpty()) {
            InList in = InList.of("state", "state", states);
            conditions.add(in.clause());
            in.parameters().forEach(parameters::and);
        }
        String where = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        PanacheQuery<Lead> query = find(where, Sort.descending("registeredAt").and("id"), parameters);
        if (paging.offset() > Integer.MAX_VALUE - paging.size()) {
            return Page.of(List.of(), paging, query.count()); // past any real end: the offset does not fit an int
        }
        int first = (int) paging.offset();
        List<Lead> items = query.range(first, first + paging.size() - 1).list();
        return Page.of(items, paging, paging.total(items.size(), query::count));
    }

    /**
     * The lead with everything its view reads loaded, so that it can be mapped after the transaction:
     * the documents checklist once step 5 opened it (before that it stays unloaded).
     */
    public Lead loaded(Lead lead) {
        if (lead.onboarding().isCompleted(OnboardingStep.ORDER_CONFIRMATION)) {
            Hibernate.initialize(lead.documents());
        }
        return lead;
    }
}
