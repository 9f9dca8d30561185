package nl.totalservice.onboarding.partner.matching.backtest;

import nl.totalservice.onboarding.partner.matching.engine.Decision;
import nl.totalservice.onboarding.partner.matching.engine.MatchRequest;
import nl.totalservice.onboarding.partner.matching.engine.MatchingEngine;
import nl.totalservice.onboarding.partner.matching.engine.PartnerSnapshot;
import nl.totalservice.onboarding.partner.matching.engine.Reach;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Stored leads decided again, in order, under one policy, against a copy of the partners whose
 * loads evolve with the replay: each match adds an open assignment to the partner it goes to and
 * makes that its last assignment. Pure: nothing is read or written.
 */
final class Replay {

    private final MatchingEngine engine;
    private final List<PartnerSnapshot> partners;
    private final Map<UUID, Integer> positions = new HashMap<>();
    private final RoutingFigures.Tally tally = new RoutingFigures.Tally();

    Replay(MatchingEngine engine, List<PartnerSnapshot> start) {
        this.engine = engine;
        this.partners = new ArrayList<>(start);
        for (int i = 0; i < partners.size(); i++) {
            positions.put(partners.get(i).id(), i);
        }
    }

    Decision decide(MatchRequest request, Instant at) {
        Decision decision = engine.decide(request, partners);
        if (!decision.matched()) {
            tally.noPartner();
            return decision;
        }
        int i = positions.get(decision.partnerId());
        PartnerSnapshot p = partners.get(i);
        Instant last = p.lastAssignedAt() == null || p.lastAssignedAt().isBefore(at) ? at : p.lastAssignedAt();
        partners.set(i, new PartnerSnapshot(p.id(), p.name(), p.active(), p.capacity(), p.activeCustomers(),
                p.openAssignments() + 1, p.location(), p.unavailability(), last, p.serviceArea()));
        tally.matched(decision.rule(), decision.partnerId(), decision.candidates().get(0).distanceKm(),
                decision.reach() != null && decision.reach().kind() != Reach.Kind.SERVICE_AREAS);
        return decision;
    }

    RoutingFigures.Tally tally() {
        return tally;
    }
}
