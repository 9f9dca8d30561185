package nl.totalservice.onboarding.partner.matching.backtest;

import nl.totalservice.onboarding.partner.matching.engine.MatchingPolicy;
import nl.totalservice.onboarding.partner.matching.engine.Rule;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The live and a proposed policy side by side over the same replayed decisions. */
@Schema(name = "BacktestReport", description = "Stored decisions replayed under the live and a proposed policy, "
        + "side by side; nothing was stored or published")
public record BacktestReport(
        @Schema(description = "When the backtest ran", examples = "2026-07-01T09:30:00Z") Instant generatedAt,
        @Schema(description = "Stored decisions replayed", examples = "1000") int decisions,
        @Schema(description = "When the first replayed decision was made (null when none)", examples = "2026-05-02T08:00:00Z") Instant firstDecidedAt,
        @Schema(description = "When the last replayed decision was made (null when none)", examples = "2026-07-01T09:00:00Z") Instant lastDecidedAt,
        @Schema(description = "The policy in force (partner.matching.*)") MatchingPolicy livePolicy,
        @Schema(description = "The proposed policy: the live one with the fields the request gave") MatchingPolicy proposedPolicy,
        @Schema(description = "The replay under the live policy") RoutingFigures live,
        @Schema(description = "The replay under the proposed policy") RoutingFigures proposed,
        @Schema(description = "Replayed decisions whose partner (or no-partner outcome) differs between the two policies", examples = "37") int changed,
        @Schema(description = "The same as a share of the replayed decisions, in percent", examples = "3.7") double changedPercent,
        @Schema(description = "Replayed decisions where the live policy chose the same as the stored decision (how far today's partners and loads still resemble the past)", examples = "912") int liveAgreesWithStored,
        @Schema(description = "The first changed decisions (at most the requested number of examples)") List<Change> examples,
        @Schema(description = "How the replay works, in words") String replay) {

    /** One decision that the proposed policy would make differently. */
    @Schema(name = "BacktestChange", description = "One replayed decision that differs between the policies")
    public record Change(
            @Schema(description = "The stored decision", examples = "0b7e2c1d-6a2f-4d8e-9c3b-1f2e3d4c5b6a") UUID decisionId,
            @Schema(description = "Its lead", examples = "7d1f9a2e-3b4c-4d5e-8f6a-7b8c9d0e1f2a") UUID leadId,
            @Schema(description = "When it was made", examples = "2026-06-12T10:00:00Z") Instant decidedAt,
            @Schema(description = "The partner the stored decision chose (null when none)", examples = "Domstad Accountants") String storedPartnerName,
            @Schema(description = "Under the live policy") Side live,
            @Schema(description = "Under the proposed policy") Side proposed) {
    }

    /** What one policy decided for one replayed lead. */
    @Schema(name = "BacktestSide", description = "What one policy decided for a replayed lead")
    public record Side(
            @Schema(description = "The chosen partner (null when none was available)", examples = "5b0e6f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b") UUID partnerId,
            @Schema(description = "Its name", examples = "Martini Accountants") String partnerName,
            @Schema(description = "The deciding rule (null when none was available)", examples = "DISTRIBUTION") Rule rule,
            @Schema(description = "Km from the customer (null when unknown)", examples = "144.8") Double distanceKm,
            @Schema(description = "The explanation, as a decision would carry it") String explanation) {
    }
}
