package nl.totalservice.onboarding.partner.matching;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import nl.totalservice.onboarding.partner.matching.engine.MarginMode;
import nl.totalservice.onboarding.partner.matching.engine.MatchingPolicy;
import nl.totalservice.onboarding.partner.matching.event.EventCandidates;

import nl.totalservice.onboarding.partner.geography.ServiceAreaConfig;

/**
 * How partners are chosen ({@code partner.matching.*}; the service areas are {@link ServiceAreaConfig}); see
 * {@link MatchingPolicy} and the README.
 */
@ConfigMapping(prefix = "partner.matching")
public interface MatchingConfig {

    /** Rule 2, region. */
    Region region();

    /** Rule 3, distribution. */
    Distribution distribution();

    /** The routing backtest (what-if over stored decisions). */
    Backtest backtest();

    /** Count open assignments (matched or assigned, not yet onboarded/withdrawn/declined) in load and capacity. */
    @WithDefault("true")
    boolean countOpenAssignments();

    /**
     * Most candidates listed in a stored decision: the chosen, then the nearest competing, eligible and excluded
     * ones; the wished partner and those who declined the lead are listed beyond it. The rest is counted.
     */
    @WithDefault("25")
    int candidateListLimit();

    /**
     * Most candidates listed in a decision's event (PartnerMatched, NoPartnerAvailable): the first of
     * the decision's listing, the wished partner and those who declined the lead always.
     */
    @WithDefault("10")
    @Min(EventCandidates.MIN_LIMIT)
    int eventCandidateLimit();

    /** Rule 2: when is the nearest partner "clearly" closer than the runner-up. */
    interface Region {

        /** The nearest must be at least this many km closer than the runner-up. */
        @WithDefault("10")
        double absoluteMarginKm();

        /** The nearest must be at least this percentage of the runner-up's distance closer. */
        @WithDefault("25")
        double relativeMarginPercent();

        /** BOTH margins must hold (default), or EITHER suffices. */
        @WithDefault("BOTH")
        MarginMode marginMode();
    }

    /** Rule 3: who has the fewest customers. */
    interface Distribution {

        /** Compare load as a share of capacity (true) or as a plain count of customers (false). */
        @WithDefault("true")
        boolean relativeToCapacity();
    }

    /** The routing backtest. */
    interface Backtest {

        /** Most stored decisions one backtest replays (it runs the engine twice per decision). */
        @WithDefault("10000")
        int maxDecisions();

        /** Decisions replayed when the request names neither a number nor a period. */
        @WithDefault("1000")
        int defaultDecisions();
    }

    /** The live policy: these settings with the service areas' ({@code partner.matching.service-area.*}). */
    default MatchingPolicy toPolicy(ServiceAreaConfig serviceAreas) {
        return new MatchingPolicy(region().absoluteMarginKm(), region().relativeMarginPercent(),
                region().marginMode(), distribution().relativeToCapacity(), countOpenAssignments(),
                candidateListLimit(), serviceAreas.defaultRadiusKm(), serviceAreas.wideningKm());
    }
}
