package nl.totalservice.onboarding.partner.matching.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Sentences for people, with the actual numbers. */
final class Explanations {

    private Explanations() {
    }

    static String km(double km) {
        return String.format(Locale.ROOT, "%.1f km", km);
    }

    static String percent(double percent) {
        return String.format(Locale.ROOT, "%.1f%%", percent);
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
            parts.add("outside its service area (" + partner.serviceArea().describe(a.policy.defaultRadiusKm())
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
