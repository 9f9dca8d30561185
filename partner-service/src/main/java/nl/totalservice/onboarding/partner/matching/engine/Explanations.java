package nl.totalservice.onboarding.partner.matching.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Sentences for people, with the actual numbers. */
final class Explanations {

    private Explanations() {
    }

    static String km(double km) {
        return oneDecimal(km) + " km";
    }

    static String percent(double percent) {
        return oneDecimal(percent) + "%";
    }

    /** "12.3": as {@code %.1f} (half up), without the cost of a Formatter: a decision words up to 100 candidates. */
    static String oneDecimal(double value) {
        if (!Double.isFinite(value) || Math.abs(value) > 1e15) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        long tenths = Math.round(Math.abs(value) * 10);
        return (value < 0 && tenths != 0 ? "-" : "") + tenths / 10 + "." + tenths % 10;
    }

    /** The partner's service area in words; the default one worded once per decision. */
    static String area(Assessment a, int i) {
        PartnerSnapshot partner = a.partners[i];
        if (partner.serviceArea().radiusKm() == null && !partner.areaBeyondRadius) {
            if (a.defaultAreaText == null) {
                a.defaultAreaText = partner.serviceArea().describe(a.policy.defaultRadiusKm());
            }
            return a.defaultAreaText;
        }
        return partner.serviceArea().describe(a.policy.defaultRadiusKm());
    }

    /** "2 customers + 1 open of capacity 10 (30%)". */
    static String load(Assessment a, int i) {
        PartnerSnapshot partner = a.partners[i];
        String count = partner.activeCustomers() + " customers"
                + (a.policy.countOpenAssignments() ? " + " + partner.openAssignments() + " open" : "");
        if (a.policy.relativeToCapacity()) {
            return count + " of capacity " + partner.capacity() + " ("
                    + String.format(Locale.ROOT, "%.0f%%", a.load(i) * 100) + ")";
        }
        return count + " (capacity " + partner.capacity() + ")";
    }

    /** The exclusions of partner {@code i} in words, or null when it is eligible. */
    static String exclusions(Assessment a, int i) {
        int excluded = a.exclusions[i];
        if (excluded == 0) {
            return null;
        }
        PartnerSnapshot partner = a.partners[i];
        List<String> parts = new ArrayList<>(4);
        if ((excluded & Assessment.INACTIVE) != 0) {
            parts.add("inactive");
        }
        if ((excluded & Assessment.AT_CAPACITY) != 0) {
            parts.add("at capacity (" + partner.activeCustomers() + " customers"
                    + (a.policy.countOpenAssignments() ? " + " + partner.openAssignments() + " open" : "")
                    + " of capacity " + partner.capacity() + ")");
        }
        if ((excluded & Assessment.UNAVAILABLE) != 0) {
            Unavailability period = partner.unavailableOn(a.request.today());
            parts.add("unavailable from " + period.from() + " to " + period.to() + " (" + period.reason() + ")");
        }
        if ((excluded & Assessment.DECLINED) != 0) {
            parts.add("declined this lead");
        }
        if ((excluded & Assessment.OUTSIDE_AREA) != 0) {
            parts.add("outside its service area (" + area(a, i)
                    + (!a.request.location().known() ? "; the lead's location is unknown"
                    : Double.isNaN(a.squaredChord[i]) ? "; its office has no known location"
                    : "; " + km(a.km(i)) + " away") + ")");
        }
        return String.join(", ", parts);
    }

    static String margins(MatchingPolicy policy) {
        return "at least " + km(policy.absoluteMarginKm()) + (policy.marginMode() == MarginMode.BOTH ? " and " : " or ")
                + percent(policy.relativeMarginPercent());
    }
}
