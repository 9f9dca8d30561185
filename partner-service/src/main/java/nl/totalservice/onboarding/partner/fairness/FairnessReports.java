package nl.totalservice.onboarding.partner.fairness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.totalservice.onboarding.partner.matching.PartnerLoads;
import nl.totalservice.onboarding.partner.matching.backtest.RoutingFigures;
import nl.totalservice.onboarding.partner.matching.engine.Outcome;
import nl.totalservice.onboarding.partner.matching.engine.Rule;
import nl.totalservice.onboarding.partner.registry.Partner;
import nl.totalservice.onboarding.partner.registry.PartnerRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds the fairness report from the partners, their loads (partner_load), the assignment log and
 * the decisions; the windowed counts read only the window's rows (indexes on assigned_at, decided_at).
 */
@ApplicationScoped
public class FairnessReports {

    private final EntityManager em;
    private final PartnerRepository partnerRepository;
    private final PartnerLoads partnerLoads;
    private final Clock clock;

    public FairnessReports(EntityManager em, PartnerRepository partnerRepository, PartnerLoads partnerLoads,
                           Clock clock) {
        this.em = em;
        this.partnerRepository = partnerRepository;
        this.partnerLoads = partnerLoads;
        this.clock = clock;
    }

    @Transactional
    public FairnessReport build() {
        Instant now = Instant.now(clock);
        Instant since30 = now.minus(Duration.ofDays(30));
        Instant since90 = now.minus(Duration.ofDays(90));
        Map<UUID, PartnerLoads.Load> loads = partnerLoads.all();
        Map<UUID, Long> last30 = assignedSince(since30);
        Map<UUID, Long> last90 = assignedSince(since90);
        Map<UUID, Map<Rule, Long>> wins = wins(since90);
        List<Partner> partners = partnerRepository.list("order by lower(name), id");
        List<FairnessReport.PartnerLine> lines = partners.stream()
                .map(partner -> line(partner, loads.getOrDefault(partner.id(), PartnerLoads.Load.NONE), last30,
                        last90, wins)).toList();
        List<UUID> active = partners.stream().filter(Partner::active).map(Partner::id).toList();
        return new FairnessReport(now, List.of(window(30, since30, active), window(90, since90, active)), lines);
    }

    private static FairnessReport.PartnerLine line(Partner partner, PartnerLoads.Load kept, Map<UUID, Long> last30,
                                                   Map<UUID, Long> last90, Map<UUID, Map<Rule, Long>> wins) {
        long openAssignments = kept.openAssignments();
        Double load = partner.capacity() <= 0 ? null
                : Math.round((partner.activeCustomers() + openAssignments) * 1000.0 / partner.capacity()) / 10.0;
        return new FairnessReport.PartnerLine(partner.id(), partner.name(), partner.active(), partner.capacity(),
                partner.activeCustomers(), openAssignments, load, last30.getOrDefault(partner.id(), 0L),
                last90.getOrDefault(partner.id(), 0L), kept.lastAssignedAt(),
                wins.getOrDefault(partner.id(), Map.of()));
    }

    private FairnessReport.Window window(int days, Instant since, List<UUID> active) {
        Map<Rule, Long> byRule = new EnumMap<>(Rule.class);
        long none = 0;
        for (Object[] row : em.createQuery("select d.outcome, d.rule, count(d) from MatchDecision d "
                + "where d.decidedAt >= :since group by d.outcome, d.rule", Object[].class)
                .setParameter("since", since).getResultList()) {
            if (row[0] == Outcome.NO_PARTNER_AVAILABLE) {
                none += ((Number) row[2]).longValue();
            } else {
                byRule.put((Rule) row[1], ((Number) row[2]).longValue());
            }
        }
        long matched = byRule.values().stream().mapToLong(Long::longValue).sum();
        Map<Rule, FairnessReport.RuleShare> shares = new EnumMap<>(Rule.class);
        for (Rule rule : Rule.values()) {
            long count = byRule.getOrDefault(rule, 0L);
            shares.put(rule, new FairnessReport.RuleShare(count,
                    matched == 0 ? 0 : Math.round(count * 1000.0 / matched) / 10.0));
        }
        return new FairnessReport.Window(days, matched + none, none, shares, routing(since, matched + none, none,
                byRule, active));
    }

    /** The backtest's figures for the stored decisions since {@code since}: km and widening from their detail. */
    private RoutingFigures routing(Instant since, long decisions, long none, Map<Rule, Long> byRule, List<UUID> active) {
        Object[] km = (Object[]) em.createNativeQuery("select count(km), avg(km), "
                        + "percentile_disc(0.95) within group (order by km), "
                        + "count(*) filter (where reach in ('WIDENED', 'WHOLE_COUNTRY')) from (select "
                        + "cast(detail -> 'candidates' -> 0 ->> 'distanceKm' as double precision) as km, "
                        + "detail -> 'reach' ->> 'kind' as reach from match_decision "
                        + "where decided_at >= :since and outcome = 'MATCHED') as matched")
                .setParameter("since", since).getSingleResult();
        Map<UUID, Long> perPartner = perPartner("select d.partnerId, count(d) from MatchDecision d where "
                + "d.decidedAt >= :since and d.partnerId is not null group by d.partnerId", Map.of("since", since));
        return RoutingFigures.of(decisions, none, byRule, ((Number) km[3]).longValue(), number(km[1]), number(km[2]),
                ((Number) km[0]).longValue(), perPartner, active);
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    private Map<UUID, Long> assignedSince(Instant since) {
        return perPartner("select a.partnerId, count(distinct a.leadId) from PartnerAssignment a "
                + "where a.assignedAt >= :since group by a.partnerId", Map.of("since", since));
    }

    private Map<UUID, Map<Rule, Long>> wins(Instant since) {
        Map<UUID, Map<Rule, Long>> wins = new HashMap<>();
        em.createQuery("select d.partnerId, d.rule, count(d) from MatchDecision d where d.decidedAt >= :since "
                        + "and d.partnerId is not null group by d.partnerId, d.rule", Object[].class)
                .setParameter("since", since).getResultList()
                .forEach(row -> wins.computeIfAbsent((UUID) row[0], id -> new EnumMap<>(Rule.class))
                        .put((Rule) row[1], ((Number) row[2]).longValue()));
        return wins;
    }

    private Map<UUID, Long> perPartner(String query, Map<String, Object> parameters) {
        var typed = em.createQuery(query, Object[].class);
        parameters.forEach(typed::setParameter);
        Map<UUID, Long> result = new HashMap<>();
        typed.getResultList().forEach(row -> result.put((UUID) row[0], ((Number) row[1]).longValue()));
        return result;
    }
}
