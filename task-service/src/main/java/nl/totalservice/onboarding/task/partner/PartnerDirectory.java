package nl.totalservice.onboarding.task.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.hibernate.SessionCheckMode;
import nl.totalservice.onboarding.platform.web.problem.ProblemException;
import nl.totalservice.onboarding.task.calendar.DayRange;

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

/** The partner firms task-service has heard of, from partner-service's events. */
@ApplicationScoped
public class PartnerDirectory {

    private final EntityManager em;
    private final Clock clock;

    public PartnerDirectory(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Stores a partner snapshot ({@code PartnerRegistered}, {@code PartnerUpdated}); older versions are ignored. */
    @Transactional
    public void remember(UUID partnerId, KnownPartner.PartnerDetails details, Long version) {
        KnownPartner partner = em.find(KnownPartner.class, partnerId);
        if (partner == null) {
            partner = new KnownPartner(partnerId);
            partner.apply(details, version, clock.instant());
            em.persist(partner);
        } else {
            partner.apply(details, version, clock.instant());
        }
    }

    public Optional<KnownPartner> find(UUID partnerId) {
        return partnerId == null ? Optional.empty() : Optional.ofNullable(em.find(KnownPartner.class, partnerId));
    }

    /**
     * The partner a task may go to or be suggested for: known (400 naming {@code field} otherwise)
     * and active (409 otherwise).
     */
    public KnownPartner requireActive(UUID partnerId, String field) {
        KnownPartner partner = findWithUnavailability(partnerId).orElseThrow(() -> ProblemException.invalidField(field,
                "no partner " + partnerId + " is known to task-service (partners come from partner-service)"));
        if (!partner.active()) {
            throw ProblemException.conflict("partner-inactive", "Partner " + partner.name() + " (" + partnerId
                    + ") is not active and cannot take tasks", Map.of("partnerId", partnerId.toString()));
        }
        return partner;
    }

    /**
     * The partner with its unavailable days, in one query: a task given to a partner computes its deadlines
     * from those days next ({@link #unavailability} then finds both in the session).
     */
    private Optional<KnownPartner> findWithUnavailability(UUID partnerId) {
        if (partnerId == null) {
            return Optional.empty();
        }
        return em.createQuery("select p from KnownPartner p left join fetch p.unavailable where p.id = :id",
                KnownPartner.class).setParameter("id", partnerId).getResultStream().findFirst();
    }

    /** The days the partner is unavailable; none when it is unknown. */
    public List<DayRange> unavailability(UUID partnerId) {
        return find(partnerId).map(KnownPartner::unavailable).orElse(List.of());
    }

    public String nameOf(UUID partnerId) {
        return find(partnerId).map(KnownPartner::name).orElse(null);
    }

    public Map<UUID, KnownPartner> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        // copies this transaction loaded already come from the session (the assignment's own partner and lead),
        // the others in one query
        List<KnownPartner> partners = em.unwrap(Session.class).findMultiple(KnownPartner.class, List.copyOf(ids),
                SessionCheckMode.ENABLED);
        return partners.stream().filter(Objects::nonNull)
                .collect(Collectors.toMap(KnownPartner::id, Function.identity(), (same, again) -> same));
    }
}
