package nl.totalservice.onboarding.partner.matching.backtest;

import nl.totalservice.onboarding.partner.matching.engine.Rule;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * What a set of decisions did: per rule, how far customers are from their partner, and how evenly
 * the leads spread over the active partners. The fairness report shows it for the stored
 * decisions; the backtest for a replay under the live and a proposed policy.
 */
@Schema(name = "RoutingFigures", description = "What a set of decisions did: per rule, km from customer to partner, and the spread of leads over the active partners")
public record RoutingFigures(
        @Schema(description = "Decisions", examples = "120") long decisions,
        @Schema(description = "Decisions that found no partner", examples = "2") long noPartnerAvailable,
        @Schema(description = "Matched decisions per deciding rule, with their share of the matched decisions") Map<Rule, RuleCount> byRule,
        @Schema(description = "Matched decisions where no partner's service area covered the lead, so the decision widened (0 when unknown)", examples = "4") long widened,
        @Schema(description = "Customer to chosen partner: average km over the matched decisions where both locations are known (null when none)", examples = "14.2") Double kmAverage,
        @Schema(description = "Customer to chosen partner: 95th percentile km (nearest rank; null when none)", examples = "38.5") Double kmP95,
        @Schema(description = "Matched decisions with a known distance (the base of the km figures)", examples = "117") long kmKnown,
        @Schema(description = "How the matched leads spread over the partners that are active now") LoadSpread spread) {

    /** How often one rule decided. */
    @Schema(name = "RuleCount", description = "How often one rule decided")
    public record RuleCount(
            @Schema(description = "Matched decisions this rule decided", examples = "42") long decisions,
            @Schema(description = "Share of the matched decisions, in percent", examples = "35.0") double percent) {
    }

    /** Leads per active partner. */
    @Schema(name = "LoadSpread", description = "Matched leads per active partner")
    public record LoadSpread(
            @Schema(description = "Partners active now", examples = "12") int activePartners,
            @Schema(description = "Most leads one active partner got", examples = "19") long maxAssignments,
            @Schema(description = "Fewest leads one active partner got", examples = "0") long minAssignments,
            @Schema(description = "Active partners that got none", examples = "3") int partnersWithNone,
            @Schema(description = "Share of active partners that got none, in percent (0 without active partners)", examples = "25.0") double percentWithNone) {
    }

    /** Collects the figures one decision at a time. */
    public static final class Tally {

        private long decisions;
        private long none;
        private long widened;
        private final Map<Rule, Long> rules = new EnumMap<>(Rule.class);
        private double[] km = new double[64];
        private int kmCount;
        private final Map<UUID, Long> perPartner = new java.util.HashMap<>();

        public void noPartner() {
            decisions++;
            none++;
        }

        /** A match by {@code rule} to {@code partnerId}, {@code distanceKm} away (null when unknown). */
        public void matched(Rule rule, UUID partnerId, Double distanceKm, boolean widenedDecision) {
            decisions++;
            rules.merge(rule, 1L, Long::sum);
            perPartner.merge(partnerId, 1L, Long::sum);
            if (widenedDecision) {
                widened++;
            }
            if (distanceKm != null) {
                if (kmCount == km.length) {
                    km = Arrays.copyOf(km, kmCount * 2);
                }
                km[kmCount++] = distanceKm;
            }
        }

        public RoutingFigures figures(Collection<UUID> activePartners) {
            double[] sorted = Arrays.copyOf(km, kmCount);
            Arrays.sort(sorted);
            Double average = kmCount == 0 ? null : Arrays.stream(sorted).sum() / kmCount;
            Double p95 = kmCount == 0 ? null : sorted[(int) Math.ceil(0.95 * kmCount) - 1];
            return of(decisions, none, rules, widened, average, p95, kmCount, perPartner, activePartners);
        }
    }

    /**
     * The figures from counts: {@code p95} by nearest rank; {@code perPartner} the matched decisions
     * per partner, of which only the {@code activePartners} count for the spread.
     */
    public static RoutingFigures of(long decisions, long none, Map<Rule, Long> rules, long widened, Double kmAverage,
                                    Double kmP95, long kmKnown, Map<UUID, Long> perPartner,
                                    Collection<UUID> activePartners) {
        long matched = decisions - none;
        Map<Rule, RuleCount> byRule = new EnumMap<>(Rule.class);
        for (Rule rule : Rule.values()) {
            long count = rules.getOrDefault(rule, 0L);
            byRule.put(rule, new RuleCount(count, matched == 0 ? 0 : round1(count * 100.0 / matched)));
        }
        return new RoutingFigures(decisions, none, byRule, widened, kmAverage == null ? null : round1(kmAverage),
                kmP95 == null ? null : round1(kmP95), kmKnown, spread(perPartner, activePartners));
    }

    private static LoadSpread spread(Map<UUID, Long> perPartner, Collection<UUID> activePartners) {
        if (activePartners.isEmpty()) {
            return new LoadSpread(0, 0, 0, 0, 0);
        }
        long max = 0;
        long min = Long.MAX_VALUE;
        int withNone = 0;
        for (UUID partner : activePartners) {
            long count = perPartner.getOrDefault(partner, 0L);
            max = Math.max(max, count);
            min = Math.min(min, count);
            withNone += count == 0 ? 1 : 0;
        }
        return new LoadSpread(activePartners.size(), max, min, withNone,
                round1(withNone * 100.0 / activePartners.size()));
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
