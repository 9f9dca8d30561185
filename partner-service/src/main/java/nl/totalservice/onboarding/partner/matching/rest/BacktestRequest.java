package nl.totalservice.onboarding.partner.matching.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.totalservice.onboarding.partner.matching.backtest.ProposedPolicy;
import nl.totalservice.onboarding.partner.matching.engine.MarginMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** Which stored decisions to replay, and the policy to try. */
@Schema(name = "BacktestRequest", description = "Which stored decisions to replay (the newest `last`, or those made "
        + "in [from, to)), and the policy to try; every policy field left out keeps its live value")
public record BacktestRequest(
        @Schema(description = "Replay the newest this many decisions (default 1000, at most "
                + "partner.matching.backtest.max-decisions, 10000); not together with from/to", examples = "500")
        @Min(1) @Max(10000) Integer last,
        @Schema(description = "Start of the period (decisions made at or after it); with to", examples = "2026-06-01T00:00:00Z")
        Instant from,
        @Schema(description = "End of the period (decisions made before it); with from", examples = "2026-07-01T00:00:00Z")
        Instant to,
        @Schema(description = "The proposed policy") @Valid Policy policy,
        @Schema(description = "Most changed decisions listed as examples (default 10)", examples = "10")
        @Min(0) @Max(100) Integer examples) {

    /** The proposed policy; null fields keep the live value. */
    @Schema(name = "BacktestPolicy", description = "A proposed policy; every field left out keeps its live value")
    public record Policy(
            @Schema(description = "Region: km the nearest must beat the runner-up by", examples = "5")
            @DecimalMin("0") @DecimalMax("500") Double absoluteMarginKm,
            @Schema(description = "Region: percent of the runner-up's distance the nearest must beat it by", examples = "25")
            @DecimalMin("0") @DecimalMax("100") Double relativeMarginPercent,
            @Schema(description = "Region: BOTH margins or EITHER", examples = "BOTH") MarginMode marginMode,
            @Schema(description = "Distribution: load relative to capacity (true) or a count", examples = "true")
            Boolean relativeToCapacity,
            @Schema(description = "Service area: radius in km of partners without their own", examples = "60")
            @DecimalMin("0") @DecimalMax("400") Double defaultRadiusKm,
            @Schema(description = "Service area: widening steps in km, ascending (an empty list widens to the whole country at once)",
                    examples = "[80, 120]")
            @Size(max = 10) List<@NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("400") Double> wideningKm) {

        public ProposedPolicy toProposal() {
            return new ProposedPolicy(absoluteMarginKm, relativeMarginPercent, marginMode, relativeToCapacity,
                    defaultRadiusKm, wideningKm);
        }
    }
}
