package nl.totalservice.onboarding.notification.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** Keeps our copy of partner contacts and answers who a partner is. */
@ApplicationScoped
public class PartnerContactService {

    private static final Logger LOG = Logger.getLogger(PartnerContactService.class);

    private final Clock clock;
    private final PartnerContactRepository repository;

    public PartnerContactService(Clock clock, PartnerContactRepository repository) {
        this.clock = clock;
        this.repository = repository;
    }

    /** Records a partner snapshot unless we already hold a newer one; returns whether it changed our copy. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean record(PartnerSnapshot snapshot, String eventId) {
        PartnerContact existing = repository.findById(snapshot.partnerId());
        if (existing == null) {
            repository.persist(PartnerContact.from(snapshot, eventId, clock.instant()));
            return true;
        }
        boolean applied = existing.apply(snapshot, eventId, clock.instant());
        if (!applied) {
            LOG.debugf("Ignored partner %s version %d: we hold version %d", snapshot.partnerId(), snapshot.version(),
                    existing.partnerVersion());
        }
        return applied;
    }

    public Optional<PartnerContact> find(UUID partnerId) {
        return partnerId == null ? Optional.empty() : repository.findByIdOptional(partnerId);
    }

    /** The partner when we know where to email it; empty means: wait for its contact details. */
    public Optional<PartnerContact> reachable(UUID partnerId) {
        return find(partnerId).filter(PartnerContact::isReachable);
    }
}
