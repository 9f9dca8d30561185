package nl.totalservice.onboarding.partner.matching.backtest;

import nl.totalservice.onboarding.partner.matching.engine.MarginMode;
import nl.totalservice.onboarding.partner.matching.engine.MatchingPolicy;

import java.util.List;

/** The policy fields a backtest may change; null keeps the live value. */
public record ProposedPolicy(Double absoluteMarginKm, Double relativeMarginPercent, MarginMode marginMode,
                             Boolean relativeToCapacity, Double defaultRadiusKm, List<Double> wideningKm) {

    /** The live policy with these changes. */
    MatchingPolicy applyTo(MatchingPolicy live) {
        return new MatchingPolicy(or(absoluteMarginKm, live.absoluteMarginKm()),
                or(relativeMarginPercent, live.relativeMarginPercent()),
                marginMode == null ? live.marginMode() : marginMode,
                relativeToCapacity == null ? live.relativeToCapacity() : relativeToCapacity,
                live.countOpenAssignments(), live.candidateListLimit(), or(defaultRadiusKm, live.defaultRadiusKm()),
                wideningKm == null ? live.wideningKm() : wideningKm);
    }

    private static double or(Double value, double live) {
        return value == null ? live : value;
    }
}
