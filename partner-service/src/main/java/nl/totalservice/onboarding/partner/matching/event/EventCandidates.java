package nl.totalservice.onboarding.partner.matching.event;

import nl.totalservice.onboarding.partner.matching.engine.CandidateAssessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The candidates a decision's event carries: the head of the decision's own listing (the chosen
 * partner first, then the competing ones by distance, then other eligible, then excluded ones), at
 * most {@code limit}, and the partners the event must name wherever they stand in that listing (the
 * customer's wished partner, the partners who declined the lead); the others are counted in
 * {@code omitted}, with the partners the decision itself only counted. The stored decision (GET
 * /api/decisions/{id}) keeps its whole (longer) listing: the event is what every consumer of partner-events
 * reads, and a listing of 100 partners made it about 40 kB.
 *
 * @param listed  the candidates the event lists, in the decision's order
 * @param omitted the partners the event does not list
 */
public record EventCandidates(List<CandidateAssessment> listed, int omitted) {

    /** Lowest event limit: room for the chosen and the wished partner. */
    public static final int MIN_LIMIT = 2;

    public EventCandidates {
        listed = List.copyOf(listed);
    }

    /**
     * @param candidates      the decision's listing, in its order
     * @param decisionOmitted the partners the decision only counted
     * @param alwaysListed    partners listed wherever they stand (the wished one, those who declined the
     *                        lead): the head makes room for them, down to the chosen partner, so that
     *                        only more of them than {@code limit} make the event longer
     * @param limit           most candidates in the event, at least {@link #MIN_LIMIT}
     */
    public static EventCandidates of(List<CandidateAssessment> candidates, int decisionOmitted, Set<UUID> alwaysListed,
                                     int limit) {
        if (limit < MIN_LIMIT) {
            throw new IllegalArgumentException("An event lists at least " + MIN_LIMIT + " candidates, not " + limit);
        }
        if (candidates.size() <= limit) {
            return new EventCandidates(candidates, decisionOmitted);
        }
        // the named partners always; the others in the listing's order while room is left for the named still to come
        int namedToCome = (int) candidates.stream().filter(c -> alwaysListed.contains(c.partnerId())).count();
        List<CandidateAssessment> listed = new ArrayList<>(limit);
        for (CandidateAssessment candidate : candidates) {
            if (alwaysListed.contains(candidate.partnerId())) {
                listed.add(candidate);
                namedToCome--;
            } else if (listed.isEmpty() || listed.size() + namedToCome < limit) {
                listed.add(candidate);
            }
        }
        return new EventCandidates(listed, decisionOmitted + candidates.size() - listed.size());
    }
}
