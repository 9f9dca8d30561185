package nl.totalservice.onboarding.partner.matching.event;

import nl.totalservice.onboarding.partner.matching.engine.CandidateAssessment;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The candidates a decision's event carries: the first {@code limit} of the decision's own listing
 * (the chosen partner first, then the competing ones by distance, then other eligible, then
 * excluded ones), the wished partner always; the others are counted in {@code omitted}, with the
 * partners the decision itself only counted. The stored decision (GET /api/decisions/{id}) keeps
 * its whole listing: the event is what every consumer of partner-events reads, a decision's full
 * listing of 100 partners made it about 40 kB.
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
     * @param candidates       the decision's listing, in its order
     * @param decisionOmitted  the partners the decision only counted
     * @param wishedPartnerId  the customer's wished partner, or null: listed wherever it stands
     * @param limit            most candidates in the event, at least {@link #MIN_LIMIT}
     */
    public static EventCandidates of(List<CandidateAssessment> candidates, int decisionOmitted, UUID wishedPartnerId,
                                     int limit) {
        if (limit < MIN_LIMIT) {
            throw new IllegalArgumentException("An event lists at least " + MIN_LIMIT + " candidates, not " + limit);
        }
        if (candidates.size() <= limit) {
            return new EventCandidates(candidates, decisionOmitted);
        }
        int wished = -1;
        for (int i = 0; wishedPartnerId != null && i < candidates.size(); i++) {
            if (wishedPartnerId.equals(candidates.get(i).partnerId())) {
                wished = i;
                break;
            }
        }
        int head = wished >= limit ? limit - 1 : limit;
        List<CandidateAssessment> listed = new ArrayList<>(candidates.subList(0, head));
        if (wished >= limit) {
            listed.add(candidates.get(wished));
        }
        return new EventCandidates(listed, decisionOmitted + candidates.size() - listed.size());
    }
}
