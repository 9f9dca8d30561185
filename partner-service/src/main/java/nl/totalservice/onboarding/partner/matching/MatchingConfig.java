package nl.totalservice.onboarding.partner.matching;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import nl.totalservice.onboarding.partner.matching.engine.MarginMode;
import nl.totalservice.onboarding.partner.matching.engine.MatchingPolicy;

import java.util.List;

/** How partners are chosen ({@code partner.matching.*}); see {@link MatchingPolicy} and the README. */
@ConfigMapping(prefix = "partner.matching")
public interface MatchingConfig {

    /** Rule 2, region. */
    Region region();

    /** Rule 3, distribution. */
    Distribution distribution();

    /** Partners' service areas: who competes for region and distribution. */
    ServiceAreas serviceArea();

    /** The routing backtest (what-if over stored decisions). */
    Backtest backtest();

    /** Count open assignments (matched or assigned, not yet onboarded/withdrawn/declined) in load and capacity. */
    @WithDefault("true")
    boolean countOpenAssignments();

    /** Most candidates listed in a stored and published decision (the chosen, wished and nearest first). */
    @WithDefault("100")
    int candidateListLimit();

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

    /** Service areas: a partner serves a radius around its office (plus any PC4 ranges and provinces it names). */
    interface ServiceAreas {

        /** The radius in km of a partner that has none of its own. */
        @WithDefault("40")
        double defaultRadiusKm();

        /** When no partner's area covers a lead: the distances in km tried in turn, ascending; then the whole country. */
        @WithDefault("60,100,150")
        List<Double> wideningKm();
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

    default MatchingPolicy toPolicy() {
        return new MatchingPolicy(region().absoluteMarginKm(), region().relativeMarginPercent(),
                region().marginMode(), distribution().relativeToCapacity(), countOpenAssignments(),
                candidateListLimit(), serviceArea().defaultRadiusKm(), serviceArea().wideningKm());
    }
}
