package nl.totalservice.onboarding.partner.matching.engine;

import java.util.ArrayList;
import java.util.List;

import static nl.totalservice.onboarding.partner.matching.engine.Explanations.km;
import static nl.totalservice.onboarding.partner.matching.engine.Explanations.load;
import static nl.totalservice.onboarding.partner.matching.engine.Explanations.margins;
import static nl.totalservice.onboarding.partner.matching.engine.Explanations.percent;

/**
 * Decides which partner serves a lead: a pure function of (lead, partner snapshots, today,
 * policy), with no I/O, so the same inputs always give the same decision, and it can be tested
 * and benchmarked on its own.
 * <ol>
 *   <li>Eligibility: active, under capacity, not unavailable today, not declined this lead.</li>
 *   <li>Customer's wish: an eligible wished partner wins, wherever it is; an ineligible wish falls
 *       through, with the reason.</li>
 *   <li>Who competes for region and distribution: the eligible partners whose service area covers
 *       the lead; when none does, those within the first widening step that has any, else all.</li>
 *   <li>Region: the nearest competing partner wins when it is clearly closer than the runner-up
 *       (absolute and/or relative margin, see {@link MatchingPolicy}), or when it is the only one
 *       competing while others are eligible.</li>
 *   <li>Distribution: the lowest load among the competing partners; ties go to the partner waiting
 *       longest since its last assignment, then to the lowest id.</li>
 * </ol>
 */
public final class MatchingEngine {

    private final MatchingPolicy policy;

    public MatchingEngine(MatchingPolicy policy) {
        this.policy = policy;
    }

    public MatchingPolicy policy() {
        return policy;
    }

    public Decision decide(MatchRequest request, List<PartnerSnapshot> partners) {
        Assessment a = new Assessment(request, partners, policy);
        if (a.eligible == 0) {
            return noPartner(a);
        }
        List<SkippedRule> skipped = new ArrayList<>(2);
        int chosen = byWish(a, skipped);
        Rule rule = Rule.CUSTOMER_WISH;
        String explanation;
        Reach reach = null;
        if (chosen >= 0) {
            explanation = "Customer's wish: " + request.wish().phrase(a.partners[chosen].name())
                    + ", an eligible partner" + (a.outsideArea(chosen)
                    ? " (the lead is outside its service area, but a wish beats geography)." : ".");
        } else {
            reach = a.reach;
            chosen = byRegion(a, skipped);
            if (chosen >= 0) {
                rule = Rule.REGION;
                explanation = Reaches.widening(a) + regionExplanation(a);
            } else {
                chosen = a.lightest;
                rule = Rule.DISTRIBUTION;
                explanation = Reaches.widening(a) + distributionExplanation(a);
            }
            explanation += Reaches.competitors(a) + unmetWish(a);
        }
        CandidateListing listing = CandidateListing.of(a, chosen);
        return new Decision(Outcome.MATCHED, rule, a.partners[chosen].id(), a.partners[chosen].name(), explanation,
                listing.candidates(), listing.omitted(), List.copyOf(skipped), List.of(), a.partners.length, a.eligible,
                reach);
    }

    private int byWish(Assessment a, List<SkippedRule> skipped) {
        Wish wish = a.request.wish();
        if (wish == null || wish.partnerId() == null) {
            skipped.add(new SkippedRule(Rule.CUSTOMER_WISH, "The customer named no partner."));
            return -1;
        }
        if (a.wished < 0) {
            skipped.add(new SkippedRule(Rule.CUSTOMER_WISH,
                    "The wished partner " + wish.partnerId() + " is not a registered partner."));
            return -1;
        }
        if (!a.isEligible(a.wished)) {
            skipped.add(new SkippedRule(Rule.CUSTOMER_WISH, "The wished partner " + a.partners[a.wished].name()
                    + " is not eligible: " + Explanations.exclusions(a, a.wished) + "."));
            return -1;
        }
        return a.wished;
    }

    private int byRegion(Assessment a, List<SkippedRule> skipped) {
        LeadLocation location = a.request.location();
        String reason;
        if (a.competing == 1 && a.eligible > 1) {
            return a.lightest; // the only one competing: the others are outside the (widened) area
        }
        if (!location.known()) {
            reason = "The lead's location is unknown (" + location.description() + "), so distances cannot be compared.";
        } else if (a.competingLocated == 0) {
            reason = "No " + Reaches.competingPhrase(a) + " has a known location.";
        } else if (a.competingLocated == 1) {
            reason = "Only one " + Reaches.competingPhrase(a) + ", " + a.partners[a.nearest].name() + " ("
                    + km(a.km(a.nearest)) + "), has a known location: there is no runner-up to be clearly closer than.";
        } else if (clearlyCloser(a)) {
            return a.nearest;
        } else {
            double nearest = a.km(a.nearest);
            double runnerUp = a.km(a.runnerUp);
            reason = "The nearest " + Reaches.competingPhrase(a) + ", " + a.partners[a.nearest].name() + " ("
                    + km(nearest) + "), is not clearly closer than " + a.partners[a.runnerUp].name() + " ("
                    + km(runnerUp) + "): " + km(runnerUp - nearest) + " and " + percent(relativeGain(nearest, runnerUp))
                    + " closer, needed " + margins(policy) + ".";
        }
        skipped.add(new SkippedRule(Rule.REGION, reason));
        return -1;
    }

    private boolean clearlyCloser(Assessment a) {
        double nearest = a.km(a.nearest);
        double runnerUp = a.km(a.runnerUp);
        boolean absolute = runnerUp - nearest >= policy.absoluteMarginKm();
        boolean relative = relativeGain(nearest, runnerUp) >= policy.relativeMarginPercent();
        return policy.marginMode() == MarginMode.BOTH ? absolute && relative : absolute || relative;
    }

    /** How much closer the nearest is, as a percentage of the runner-up's distance. */
    private static double relativeGain(double nearest, double runnerUp) {
        return runnerUp <= 0 ? 0 : (runnerUp - nearest) / runnerUp * 100;
    }

    private String regionExplanation(Assessment a) {
        if (a.competing == 1) {
            int only = a.lightest;
            String where = Double.isNaN(a.squaredChord[only]) ? "by its PC4 ranges or provinces"
                    : km(a.km(only)) + " from the lead (" + a.request.location().description() + ")";
            return "Region: " + a.partners[only].name() + " is the only " + Reaches.competingPhrase(a) + " (" + where
                    + ").";
        }
        double nearest = a.km(a.nearest);
        double runnerUp = a.km(a.runnerUp);
        return "Region: " + a.partners[a.nearest].name() + " is " + km(nearest) + " from the lead ("
                + a.request.location().description() + "), clearly closer than the runner-up "
                + a.partners[a.runnerUp].name() + " at " + km(runnerUp) + ": " + km(runnerUp - nearest) + " and "
                + percent(relativeGain(nearest, runnerUp)) + " closer (needed " + margins(policy) + ").";
    }

    private String distributionExplanation(Assessment a) {
        int chosen = a.lightest;
        String name = a.partners[chosen].name();
        StringBuilder text = new StringBuilder("Distribution: ").append(name);
        if (a.competing == 1) {
            return text.append(" is the only eligible partner (").append(load(a, chosen)).append(").").toString();
        }
        text.append(" has the lowest load of the ").append(a.competing).append(' ').append(Reaches.competingPlural(a))
                .append(" (").append(load(a, chosen)).append(")");
        int next = a.nextLightest;
        if (a.compareLoad(chosen, next) < 0) {
            return text.append("; next is ").append(a.partners[next].name()).append(" (").append(load(a, next))
                    .append(").").toString();
        }
        text.append(", tied with ").append(a.partners[next].name());
        if (a.compareWait(chosen, next) < 0) {
            return text.append("; ").append(name).append(" has waited longer since its last assignment (")
                    .append(lastAssigned(a, chosen)).append(" against ").append(lastAssigned(a, next)).append(").")
                    .toString();
        }
        return text.append(" also on the last assignment (").append(lastAssigned(a, chosen))
                .append("); the lower partner id comes first.").toString();
    }

    private static String lastAssigned(Assessment a, int i) {
        var at = a.partners[i].lastAssignedAt();
        return at == null ? "never assigned" : "last assigned " + at;
    }

    /** A wish that could not be honoured is worth saying in the explanation, not only in the skipped rules. */
    private static String unmetWish(Assessment a) {
        if (a.wished < 0 || a.isEligible(a.wished)) {
            return ""; // an eligible wish outside its service area would have won
        }
        return " The customer's wish (" + a.partners[a.wished].name() + ") could not be honoured: "
                + Explanations.exclusions(a, a.wished) + ".";
    }

    private Decision noPartner(Assessment a) {
        List<String> reasons = NoPartnerReasons.of(a);
        String explanation = a.partners.length == 0 ? "No partner is available: no partners are registered."
                : "No partner is available: all " + a.partners.length + " registered partners are excluded ("
                + NoPartnerReasons.summary(a) + ").";
        CandidateListing listing = CandidateListing.of(a, -1);
        return new Decision(Outcome.NO_PARTNER_AVAILABLE, null, null, null, explanation, listing.candidates(),
                listing.omitted(), List.of(), reasons, a.partners.length, 0, null);
    }
}
