package nl.totalservice.onboarding.partner.fairness;

import nl.totalservice.onboarding.partner.matching.backtest.RoutingFigures;
import nl.totalservice.onboarding.partner.matching.engine.Rule;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** How evenly leads go to partners, and which rules decide. */
@Schema(name = "FairnessReport", description = "Customers and assignments per partner, and the share of decisions won by each rule")
public record FairnessReport(
        @Schema(description = "When the report was made", examples = "2026-07-01T09:30:00Z") Instant generatedAt,
        @Schema(description = "Decisions per rule in the last 30 and 90 days") List<Window> windows,
        @Schema(description = "Every partner, by name") List<PartnerLine> partners) {

    /** Decisions in one period. */
    @Schema(name = "FairnessWindow", description = "Decisions in the last N days")
    public record Window(
            @Schema(description = "Length of the period in days", examples = "30") int days,
            @Schema(description = "Decisions made (matched and not)", examples = "120") long decisions,
            @Schema(description = "Decisions that found no partner", examples = "3") long noPartnerAvailable,
            @Schema(description = "Matched decisions per deciding rule, with their share of the matched decisions") Map<Rule, RuleShare> byRule,
            @Schema(description = "The stored decisions of the period under the live policy, as the routing backtest "
                    + "reports them: per rule, km from customer to chosen partner (average, 95th percentile), decisions "
                    + "that widened beyond the service areas, and the spread of matched decisions over the partners "
                    + "active now") RoutingFigures routing) {
    }

    /** How often one rule decided. */
    @Schema(name = "RuleShare", description = "How often one rule decided")
    public record RuleShare(
            @Schema(description = "Matched decisions this rule decided", examples = "42") long decisions,
            @Schema(description = "Share of all matched decisions in the period, in percent", examples = "35.0") double percent) {
    }

    /** One partner's customers and assignments. */
    @Schema(name = "FairnessPartner", description = "One partner's customers and assignments")
    public record PartnerLine(
            @Schema(description = "Partner id", examples = "5b0e6f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b") UUID partnerId,
            @Schema(description = "Firm name", examples = "Accountantskantoor Noord B.V.") String name,
            @Schema(description = "Active", examples = "true") boolean active,
            @Schema(description = "Capacity", examples = "25") int capacity,
            @Schema(description = "Active customers (onboarded)", examples = "12") int activeCustomers,
            @Schema(description = "Open assignments: matched or assigned, not yet onboarded", examples = "2") long openAssignments,
            @Schema(description = "(customers + open) / capacity, in percent (null without capacity)", examples = "56.0") Double loadPercent,
            @Schema(description = "Distinct leads assigned to it in the last 30 days", examples = "4") long assignedLast30Days,
            @Schema(description = "Distinct leads assigned to it in the last 90 days", examples = "11") long assignedLast90Days,
            @Schema(description = "When it last got a lead (null if never)", examples = "2026-06-28T14:00:00Z") Instant lastAssignedAt,
            @Schema(description = "Decisions it won in the last 90 days, per rule") Map<Rule, Long> wonLast90DaysByRule) {
    }
}
