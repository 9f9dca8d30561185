package nl.totalservice.onboarding.partner.matching.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Why no partner is available, grouped by exclusion, naming a few partners of each group. */
final class NoPartnerReasons {

    private static final int NAMES_PER_REASON = 5;

    private NoPartnerReasons() {
    }

    static List<String> of(Assessment a) {
        if (a.partners.length == 0) {
            return List.of("No partners are registered.");
        }
        List<String> reasons = new ArrayList<>();
        groups(a).forEach((exclusion, members) -> {
            StringBuilder text = new StringBuilder().append(members.size()).append(' ')
                    .append(members.size() == 1 ? "partner " : "partners ").append(phrase(exclusion)).append(": ");
            for (int k = 0; k < Math.min(NAMES_PER_REASON, members.size()); k++) {
                int i = members.get(k);
                text.append(k == 0 ? "" : "; ").append(a.partners[i].name()).append(" (")
                        .append(Explanations.exclusions(a, i)).append(')');
            }
            if (members.size() > NAMES_PER_REASON) {
                text.append("; and ").append(members.size() - NAMES_PER_REASON).append(" more");
            }
            reasons.add(text.toString());
        });
        return reasons;
    }

    static String summary(Assessment a) {
        List<String> parts = new ArrayList<>();
        groups(a).forEach((exclusion, members) -> parts.add(members.size() + " " + phrase(exclusion)));
        return String.join(", ", parts);
    }

    /** Partners by their first exclusion in the order inactive, at capacity, unavailable, declined. */
    private static Map<Exclusion, List<Integer>> groups(Assessment a) {
        Map<Exclusion, List<Integer>> groups = new EnumMap<>(Exclusion.class);
        for (int i = 0; i < a.partners.length; i++) {
            int excluded = a.exclusions[i];
            Exclusion first = (excluded & Assessment.INACTIVE) != 0 ? Exclusion.INACTIVE
                    : (excluded & Assessment.AT_CAPACITY) != 0 ? Exclusion.AT_CAPACITY
                    : (excluded & Assessment.UNAVAILABLE) != 0 ? Exclusion.UNAVAILABLE
                    : Exclusion.DECLINED_THIS_LEAD;
            groups.computeIfAbsent(first, key -> new ArrayList<>()).add(i);
        }
        return groups;
    }

    private static String phrase(Exclusion exclusion) {
        return switch (exclusion) {
            case INACTIVE -> "inactive";
            case AT_CAPACITY -> "at capacity";
            case UNAVAILABLE -> "unavailable today";
            case DECLINED_THIS_LEAD -> "declined this lead";
            case OUTSIDE_SERVICE_AREA -> "outside their service area";
        };
    }
}
