package nl.totalservice.onboarding.partner.matching.backtest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.totalservice.onboarding.partner.geography.Gazetteer;
import nl.totalservice.onboarding.partner.geography.ServiceAreaConfig;
import nl.totalservice.onboarding.partner.geography.Province;
import nl.totalservice.onboarding.partner.matching.DecisionInputs;
import nl.totalservice.onboarding.partner.matching.MatchingConfig;
import nl.totalservice.onboarding.partner.matching.PartnerSnapshots;
import nl.totalservice.onboarding.partner.matching.engine.Decision;
import nl.totalservice.onboarding.partner.matching.engine.MatchRequest;
import nl.totalservice.onboarding.partner.matching.engine.MatchingEngine;
import nl.totalservice.onboarding.partner.matching.engine.MatchingPolicy;
import nl.totalservice.onboarding.partner.matching.engine.Outcome;
import nl.totalservice.onboarding.partner.matching.engine.PartnerSnapshot;
import nl.totalservice.onboarding.partner.matching.engine.Wish;
import nl.totalservice.onboarding.platform.web.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The routing backtest: stored decisions replayed, oldest first, under the live and a proposed
 * policy against today's partners, starting from their current customers and open assignments;
 * each replayed match adds an open assignment to its partner. Reads only: nothing is stored or
 * published, and the same database state gives the same report.
 */
@ApplicationScoped
public class Backtests {

    static final String REPLAY = "Each stored decision's lead (location, PC4, province, wish, decliners, day) is "
            + "decided again, oldest first, against today's partners (active flag, capacity, availability, service "
            + "area), starting from their current customers and open assignments; each replayed match adds an open "
            + "assignment to the partner it goes to. Both policies start from the same state.";

    private final MatchingConfig config;
    private final ServiceAreaConfig serviceAreas;
    private final StoredDecisions stored;
    private final PartnerSnapshots snapshots;
    private final Gazetteer gazetteer;
    private final Clock clock;

    public Backtests(MatchingConfig config, ServiceAreaConfig serviceAreas, StoredDecisions stored,
                     PartnerSnapshots snapshots, Gazetteer gazetteer, Clock clock) {
        this.config = config;
        this.serviceAreas = serviceAreas;
        this.stored = stored;
        this.snapshots = snapshots;
        this.gazetteer = gazetteer;
        this.clock = clock;
    }

    /** Which stored decisions: the newest {@code last}, or those made in [from, to). */
    public record Selection(Integer last, Instant from, Instant to) {
    }

    @Transactional
    public BacktestReport run(Selection selection, ProposedPolicy proposal, int examples) {
        MatchingPolicy live = config.toPolicy(serviceAreas);
        MatchingPolicy proposed = proposed(proposal, live);
        List<StoredDecision> decisions = select(selection);
        List<PartnerSnapshot> start = snapshots.loadForReplay();
        Replay liveReplay = new Replay(new MatchingEngine(briefly(live)), start);
        Replay proposedReplay = new Replay(new MatchingEngine(briefly(proposed)), start);
        Map<String, Optional<Province>> provinces = new HashMap<>();
        List<BacktestReport.Change> changes = new ArrayList<>();
        int changed = 0;
        int agrees = 0;
        for (StoredDecision decision : decisions) {
            MatchRequest request = request(decision.inputs(), provinces);
            Decision a = liveReplay.decide(request, decision.decidedAt());
            Decision b = proposedReplay.decide(request, decision.decidedAt());
            if (Objects.equals(a.partnerId(), decision.partnerId())
                    && a.matched() == (decision.outcome() == Outcome.MATCHED)) {
                agrees++;
            }
            if (!Objects.equals(a.partnerId(), b.partnerId())) {
                changed++;
                if (changes.size() < examples) {
                    changes.add(new BacktestReport.Change(decision.id(), decision.leadId(), decision.decidedAt(),
                            decision.partnerName(), side(a), side(b)));
                }
            }
        }
        List<UUID> active = start.stream().filter(PartnerSnapshot::active).map(PartnerSnapshot::id).toList();
        return new BacktestReport(Instant.now(clock), decisions.size(),
                decisions.isEmpty() ? null : decisions.get(0).decidedAt(),
                decisions.isEmpty() ? null : decisions.get(decisions.size() - 1).decidedAt(), live, proposed,
                liveReplay.tally().figures(active), proposedReplay.tally().figures(active), changed,
                decisions.isEmpty() ? 0 : Math.round(changed * 1000.0 / decisions.size()) / 10.0, agrees,
                List.copyOf(changes), REPLAY);
    }

    private List<StoredDecision> select(Selection selection) {
        int max = config.backtest().maxDecisions();
        if (selection.from() == null && selection.to() == null) {
            int last = selection.last() == null ? Math.min(max, config.backtest().defaultDecisions()) : selection.last();
            if (last < 1 || last > max) {
                throw ProblemException.invalidField("last", "must be between 1 and " + max);
            }
            return stored.last(last);
        }
        if (selection.last() != null) {
            throw ProblemException.invalidField("last", "give either last or a period (from and to), not both");
        }
        if (selection.from() == null || selection.to() == null) {
            throw ProblemException.invalidField(selection.from() == null ? "from" : "to",
                    "is required for a period (from and to)");
        }
        if (!selection.from().isBefore(selection.to())) {
            throw ProblemException.invalidField("to", "must be after from");
        }
        List<StoredDecision> found = stored.between(selection.from(), selection.to(), max + 1);
        if (found.size() > max) {
            throw ProblemException.invalidField("to", "the period holds more than " + max
                    + " decisions, the most one backtest replays; narrow the period or use last");
        }
        return found;
    }

    private static MatchingPolicy proposed(ProposedPolicy proposal, MatchingPolicy live) {
        if (proposal == null) {
            return live;
        }
        List<Double> widening = proposal.wideningKm();
        if (widening != null) {
            for (int i = 1; i < widening.size(); i++) {
                if (widening.get(i) <= widening.get(i - 1)) {
                    throw ProblemException.invalidField("policy.wideningKm", "must be ascending, like [60, 100, 150]");
                }
            }
        }
        try {
            return proposal.applyTo(live);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("policy", e.getMessage());
        }
    }

    /** The replay lists only the chosen partner: candidates beyond it are not reported. */
    private static MatchingPolicy briefly(MatchingPolicy policy) {
        return new MatchingPolicy(policy.absoluteMarginKm(), policy.relativeMarginPercent(), policy.marginMode(),
                policy.relativeToCapacity(), policy.countOpenAssignments(), 2, policy.defaultRadiusKm(),
                policy.wideningKm());
    }

    private MatchRequest request(DecisionInputs inputs, Map<String, Optional<Province>> provinces) {
        Province province = inputs.province();
        if (province == null && inputs.pc4() != null) {
            // decisions from before service areas did not record the province: the gazetteer knows it
            province = provinces.computeIfAbsent(inputs.pc4(), pc4 -> gazetteer.lookup(pc4)
                    .flatMap(area -> Province.of(area.province()))).orElse(null);
        }
        Wish wish = inputs.wishPartnerId() == null ? null : new Wish(inputs.wishPartnerId(), inputs.wishKind());
        return new MatchRequest(inputs.location(), wish, new HashSet<>(inputs.declinedPartnerIds() == null ? List.of()
                : inputs.declinedPartnerIds()), inputs.today(), inputs.pc4(), province);
    }

    private static BacktestReport.Side side(Decision decision) {
        Double km = decision.matched() ? decision.candidates().get(0).distanceKm() : null;
        return new BacktestReport.Side(decision.partnerId(), decision.partnerName(), decision.rule(), km,
                decision.explanation());
    }
}
