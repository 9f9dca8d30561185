package nl.totalservice.onboarding.task.lead;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.hibernate.SessionCheckMode;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The leads task-service has heard of, from lead-service's events. */
@ApplicationScoped
public class LeadDirectory {

    private final EntityManager em;
    private final Clock clock;

    public LeadDirectory(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Stores a lead snapshot ({@code LeadRegistered}, {@code LeadUpdated}); older versions are ignored. */
    @Transactional
    public void remember(UUID leadId, KnownLead.LeadDetails details, Long version) {
        KnownLead lead = em.find(KnownLead.class, leadId);
        if (lead == null) {
            lead = new KnownLead(leadId);
            lead.apply(details, version, clock.instant());
            em.persist(lead);
        } else {
            lead.apply(details, version, clock.instant());
        }
    }

    /** Erases the copy; an unknown lead gets an erased copy, so that a late snapshot cannot fill it again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(UUID leadId) {
        KnownLead lead = em.find(KnownLead.class, leadId);
        if (lead == null) {
            lead = new KnownLead(leadId);
            lead.erase(clock.instant());
            em.persist(lead);
        } else {
            lead.erase(clock.instant());
        }
    }

    public Optional<KnownLead> find(UUID leadId) {
        return Optional.ofNullable(em.find(KnownLead.class, leadId));
    }

    /** The summary for events: all fields null while the lead is unknown. */
    public LeadSummary summaryOf(UUID leadId) {
        return find(leadId).map(KnownLead::summary).orElse(LeadSummary.UNKNOWN);
    }

    public Map<UUID, KnownLead> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        // copies this transaction loaded already come from the session (the assignment's own partner and lead),
        // the others in one query
        List<KnownLead> leads = em.unwrap(Session.class).findMultiple(KnownLead.class, List.copyOf(ids),
                SessionCheckMode.ENABLED);
        return leads.stream().filter(Objects::nonNull)
                .collect(Collectors.toMap(KnownLead::id, Function.identity(), (same, again) -> same));
    }
}
