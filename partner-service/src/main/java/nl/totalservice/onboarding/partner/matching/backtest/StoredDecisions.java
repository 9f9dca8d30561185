package nl.totalservice.onboarding.partner.matching.backtest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.totalservice.onboarding.partner.matching.DecisionJson;
import nl.totalservice.onboarding.partner.matching.engine.Outcome;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * Reads stored decisions for the backtest, oldest first, with only the inputs of their detail
 * (jsonb member): 10,000 decisions with their candidate lists would be hundreds of MB.
 */
@ApplicationScoped
class StoredDecisions {

    private static final String COLUMNS = "select id, lead_id, decided_at, outcome, partner_id, partner_name, "
            + "cast(detail -> 'inputs' as text) from match_decision ";

    private final EntityManager em;
    private final DecisionJson json;

    StoredDecisions(EntityManager em, DecisionJson json) {
        this.em = em;
        this.json = json;
    }

    /** The newest {@code count} decisions, oldest first. */
    List<StoredDecision> last(int count) {
        List<StoredDecision> newestFirst = read(em.createNativeQuery(COLUMNS
                + "where detail -> 'inputs' is not null order by decided_at desc, id desc limit :count").setParameter("count", count));
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** The decisions made in [from, to), oldest first; at most {@code limit} (the caller checks for more). */
    List<StoredDecision> between(Instant from, Instant to, int limit) {
        return read(em.createNativeQuery(COLUMNS + "where decided_at >= :from and decided_at < :to "
                        + "and detail -> 'inputs' is not null order by decided_at, id limit :limit")
                .setParameter("from", from).setParameter("to", to).setParameter("limit", limit));
    }

    private List<StoredDecision> read(jakarta.persistence.Query query) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<StoredDecision> decisions = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            decisions.add(new StoredDecision((UUID) row[0], (UUID) row[1], instant(row[2]),
                    Outcome.valueOf((String) row[3]), (UUID) row[4], (String) row[5], json.readInputs((String) row[6])));
        }
        return decisions;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
