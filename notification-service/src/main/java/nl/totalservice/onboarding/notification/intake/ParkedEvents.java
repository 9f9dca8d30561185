package nl.totalservice.onboarding.notification.intake;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Events waiting for a partner's contact details: parked in the consumer's transaction, taken out once. */
@ApplicationScoped
public class ParkedEvents {

    private static final Logger LOG = Logger.getLogger(ParkedEvents.class);

    private static final String FOR_PARTNER = "select * from parked_event where partner_id = :partner "
            + "order by parked_at for update";
    private static final String RELEASABLE_IDS = "select p.event_id from parked_event p "
            + "join partner_contact c on c.partner_id = p.partner_id where c.email is not null "
            + "order by p.parked_at limit :limit";
    private static final String ONE_UNLOCKED = "select * from parked_event where event_id = :id for update skip locked";

    private final Clock clock;

    public ParkedEvents(Clock clock) {
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void park(SourceEvent source, UUID partnerId) {
        if (ParkedEvent.findById(source.id()) == null) {
            new ParkedEvent(source, partnerId, clock.instant()).persist();
            LOG.infof("%s %s waits for the contact details of partner %s", source.type(), source.id(), partnerId);
        }
    }

    /** Removes and returns the events parked for {@code partnerId}, oldest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<SourceEvent> takeFor(UUID partnerId) {
        @SuppressWarnings("unchecked")
        List<ParkedEvent> parked = Panache.getEntityManager().createNativeQuery(FOR_PARTNER, ParkedEvent.class)
                .setParameter("partner", partnerId)
                .getResultList();
        parked.forEach(ParkedEvent::delete);
        return parked.stream().map(ParkedEvent::source).toList();
    }

    /** Ids of parked events whose partner we can reach by now (missed by the partner event itself). */
    @SuppressWarnings("unchecked")
    public List<String> releasableIds(int limit) {
        return Panache.getEntityManager().createNativeQuery(RELEASABLE_IDS)
                .setParameter("limit", limit)
                .getResultList();
    }

    /** Removes and returns one parked event, unless it is gone or another transaction holds it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<SourceEvent> take(String eventId) {
        @SuppressWarnings("unchecked")
        List<ParkedEvent> parked = Panache.getEntityManager().createNativeQuery(ONE_UNLOCKED, ParkedEvent.class)
                .setParameter("id", eventId)
                .getResultList();
        parked.forEach(ParkedEvent::delete);
        return parked.stream().findFirst().map(ParkedEvent::source);
    }

    /** Parked events, oldest first, for the delivery log. */
    public List<ParkedEvent> list(int limit) {
        return ParkedEvent.<ParkedEvent>findAll(io.quarkus.panache.common.Sort.by("parkedAt"))
                .page(0, limit).list();
    }
}
