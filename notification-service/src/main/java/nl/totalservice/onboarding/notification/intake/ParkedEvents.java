package nl.totalservice.onboarding.notification.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.totalservice.onboarding.platform.web.http.Page;
import nl.totalservice.onboarding.platform.web.http.Paging;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Events waiting for a partner's contact details: parked in the consumer's transaction, taken out once. */
@ApplicationScoped
public class ParkedEvents {

    private static final Logger LOG = Logger.getLogger(ParkedEvents.class);

    private final Clock clock;
    private final ParkedEventRepository repository;

    public ParkedEvents(Clock clock, ParkedEventRepository repository) {
        this.clock = clock;
        this.repository = repository;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void park(SourceEvent source, UUID partnerId) {
        if (repository.findById(source.id()) == null) {
            repository.persist(new ParkedEvent(source, partnerId, clock.instant()));
            LOG.infof("%s %s waits for the contact details of partner %s", source.type(), source.id(), partnerId);
        }
    }

    /** Removes and returns the events parked for {@code partnerId}, oldest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<SourceEvent> takeFor(UUID partnerId) {
        List<ParkedEvent> parked = repository.lockForPartner(partnerId);
        parked.forEach(repository::delete);
        return parked.stream().map(ParkedEvent::source).toList();
    }

    /** Ids of parked events whose partner we can reach by now (missed by the partner event itself). */
    public List<String> releasableIds(int limit) {
        return repository.releasableIds(limit);
    }

    /** Removes and returns one parked event, unless it is gone or another transaction holds it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<SourceEvent> take(String eventId) {
        List<ParkedEvent> parked = repository.lockUnlessHeld(eventId);
        parked.forEach(repository::delete);
        return parked.stream().findFirst().map(ParkedEvent::source);
    }

    /** One page of the parked events, oldest first, for ops. */
    @Transactional
    public Page<ParkedEvent> list(Paging paging) {
        return repository.oldest(paging);
    }
}
