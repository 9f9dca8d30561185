package nl.totalservice.onboarding.lead.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The lead's progress view: entries for the lead's own events and changes (written in the same
 * transaction as the change) and for the other services' events (written by the consumers).
 */
@ApplicationScoped
public class Timeline implements PanacheRepositoryBase<TimelineEntry, Long> {

    /** {@code source} of entries for lead-service's own events and changes. */
    public static final String OWN_SOURCE = "lead-service";
    /** What follows the event type in the summary of an entry whose details were erased. */
    public static final String ERASED_SUMMARY = " (details erased)";

    private final ObjectMapper json;
    private final Clock clock;

    public Timeline(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    /** An event lead-service publishes; its body (the JSON the outbox recorded) becomes the details. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordOwn(UUID eventId, UUID leadId, Instant occurredAt, String type, String summary, String body) {
        persist(new TimelineEntry(eventId.toString(), leadId, occurredAt, OWN_SOURCE, type, summary, body,
                clock.instant()));
    }

    /** A change of the lead that publishes no event (a document received, say). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordChange(UUID leadId, String type, String summary, Object details, Instant at) {
        persist(new TimelineEntry(UUID.randomUUID().toString(), leadId, at, OWN_SOURCE, type, summary,
                toJson(details), clock.instant()));
    }

    /** Another service's event; {@code body} is its JSON as received. */
    @Transactional(Transactional.TxType.MANDATORY)
    public TimelineEntry recordConsumed(String eventId, UUID leadId, Instant occurredAt, String source, String type,
                                        String summary, String body) {
        TimelineEntry entry = new TimelineEntry(eventId, leadId, occurredAt, source, type, summary, body, clock.instant());
        persist(entry);
        return entry;
    }

    /**
     * Erasure: every entry of the lead keeps when, from where and what kind of thing happened, but
     * loses its summary text and event body, which may hold the customer's personal data.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int eraseDetails(UUID leadId) {
        return update("details = null, summary = concat(type, ?2) where leadId = ?1", leadId, ERASED_SUMMARY);
    }

    /** Everything that happened to the lead, by time of occurrence, then arrival. */
    public List<TimelineEntry> of(UUID leadId) {
        return list("leadId", Sort.by("occurredAt").and("id"), leadId);
    }

    private String toJson(Object details) {
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Timeline details are not serialisable", e);
        }
    }
}
