package nl.totalservice.onboarding.notification.intake;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import nl.totalservice.onboarding.platform.web.http.Page;
import nl.totalservice.onboarding.platform.web.http.Paging;

import java.util.List;
import java.util.UUID;

/** Parked events by event id; each is taken out under a row lock, so it is handled once. */
@ApplicationScoped
public class ParkedEventRepository implements PanacheRepositoryBase<ParkedEvent, String> {

    private static final String FOR_PARTNER = "select * from parked_event where partner_id = :partner "
            + "order by parked_at for update";
    private static final String RELEASABLE_IDS = "select p.event_id from parked_event p "
            + "join partner_contact c on c.partner_id = p.partner_id where c.email is not null "
            + "order by p.parked_at limit :limit";
    private static final String ONE_UNLOCKED = "select * from parked_event where event_id = :id for update skip locked";

    /** Locks the events parked for {@code partnerId}, oldest first. */
    @SuppressWarnings("unchecked")
    List<ParkedEvent> lockForPartner(UUID partnerId) {
        return getEntityManager().createNativeQuery(FOR_PARTNER, ParkedEvent.class)
                .setParameter("partner", partnerId)
                .getResultList();
    }

    /** Ids of parked events whose partner we can reach by now, oldest first. */
    @SuppressWarnings("unchecked")
    List<String> releasableIds(int limit) {
        return getEntityManager().createNativeQuery(RELEASABLE_IDS)
                .setParameter("limit", limit)
                .getResultList();
    }

    /** Locks one parked event, unless it is gone or another transaction holds it (then: empty, at once). */
    @SuppressWarnings("unchecked")
    List<ParkedEvent> lockUnlessHeld(String eventId) {
        return getEntityManager().createNativeQuery(ONE_UNLOCKED, ParkedEvent.class)
                .setParameter("id", eventId)
                .getResultList();
    }

    /** One page of the parked events, oldest first. */
    Page<ParkedEvent> oldest(Paging paging) {
        PanacheQuery<ParkedEvent> all = findAll(Sort.by("parkedAt").and("eventId"));
        List<ParkedEvent> items = all.page(io.quarkus.panache.common.Page.of(paging.page(), paging.size())).list();
        return Page.of(items, paging, paging.total(items.size(), all::count));
    }

    /** Erasure: drops every parked event whose payload mentions the lead (its id appears in the JSON). */
    public int deleteMentioning(UUID leadId) {
        return getEntityManager().createNativeQuery("delete from parked_event where position(:lead in payload) > 0")
                .setParameter("lead", leadId.toString()).executeUpdate();
    }
}
