package nl.totalservice.onboarding.partner.matching.engine;

import static nl.totalservice.onboarding.partner.matching.engine.Explanations.km;

/** The words for among whom region and distribution chose, and who did not compete and why. */
final class Reaches {

    private static final int NAMES = 5;

    private Reaches() {
    }

    /** The sentence that opens the explanation when the decision had to widen, else "". */
    static String widening(Assessment a) {
        Reach reach = a.reach;
        LeadLocation location = a.request.location();
        if (reach.kind() == Reach.Kind.SERVICE_AREAS) {
            return "";
        }
        if (reach.kind() == Reach.Kind.WIDENED) {
            return "No eligible partner's service area covers the lead (" + location.description() + "); widened to "
                    + km(reach.widenedToKm()) + ": ";
        }
        if (!location.known()) {
            String pc4 = a.request.pc4() == null ? " and it has no PC4 to match partners' PC4 ranges and provinces against"
                    : " and no eligible partner's PC4 ranges or provinces cover PC4 " + a.request.pc4();
            return "The lead's location is unknown (" + location.description() + ")" + pc4
                    + "; all eligible partners across the country compete: ";
        }
        var steps = a.policy.wideningKm();
        return "No eligible partner's service area covers the lead (" + location.description() + ")"
                + (steps.isEmpty() ? "" : " and none is within " + km(steps.get(steps.size() - 1)))
                + "; widened to the whole country: ";
    }

    /** "eligible partner whose service area covers the lead", "eligible partner within 60.0 km", ... */
    static String competingPhrase(Assessment a) {
        return switch (a.reach.kind()) {
            case SERVICE_AREAS -> "eligible partner whose service area covers the lead";
            case WIDENED -> "eligible partner within " + km(a.reach.widenedToKm());
            case WHOLE_COUNTRY -> "eligible partner";
        };
    }

    static String competingPlural(Assessment a) {
        return switch (a.reach.kind()) {
            case SERVICE_AREAS -> "partners whose service area covers the lead";
            case WIDENED -> "eligible partners within " + km(a.reach.widenedToKm());
            case WHOLE_COUNTRY -> "eligible partners";
        };
    }

    /**
     * " Competing (2): A (35.1 km), B (35.9 km). Not competing: C: outside its service area (...)."
     * The nearest few of each, then a count: a decision over thousands of partners stays readable.
     */
    static String competitors(Assessment a) {
        int[][] nearest = nearest(a);
        int[] competing = nearest[0];
        int[] others = nearest[1];
        StringBuilder text = new StringBuilder(" Competing (").append(a.competing).append("): ");
        for (int k = 0; k < competing.length; k++) {
            int i = competing[k];
            text.append(k == 0 ? "" : ", ").append(a.partners[i].name());
            if (!Double.isNaN(a.squaredChord[i])) {
                text.append(" (").append(km(a.km(i))).append(')');
            }
        }
        if (a.competing > competing.length) {
            text.append(" and ").append(a.competing - competing.length).append(" more");
        }
        text.append('.');
        int notCompeting = a.partners.length - a.competing;
        if (notCompeting > 0) {
            text.append(" Not competing: ");
            for (int k = 0; k < others.length; k++) {
                int i = others[k];
                text.append(k == 0 ? "" : "; ").append(a.partners[i].name()).append(": ")
                        .append(Explanations.exclusions(a, i));
            }
            if (notCompeting > others.length) {
                text.append("; and ").append(notCompeting - others.length).append(" more");
            }
            text.append('.');
        }
        return text.toString();
    }

    /**
     * The (at most five) nearest partners that did or did not compete; of those that did not, the
     * eligible ones (outside their area) first, as they are the ones a reader asks about. Nearest
     * first, unknown distance last, then by id.
     */
    private static int[][] nearest(Assessment a) {
        int[][] best = new int[2][NAMES];
        int[] size = new int[2];
        for (int i = 0; i < a.partners.length; i++) {
            int g = a.competes[i] ? 0 : 1;
            int[] list = best[g];
            if (size[g] == NAMES && !before(a, i, list[NAMES - 1])) {
                continue;
            }
            int at = size[g] == NAMES ? NAMES - 1 : size[g]++;
            while (at > 0 && before(a, i, list[at - 1])) {
                list[at] = list[at - 1];
                at--;
            }
            list[at] = i;
        }
        return new int[][] {java.util.Arrays.copyOf(best[0], size[0]), java.util.Arrays.copyOf(best[1], size[1])};
    }

    private static boolean before(Assessment a, int i, int j) {
        boolean ei = a.isEligible(i);
        if (ei != a.isEligible(j)) {
            return ei;
        }
        double di = a.squaredChord[i];
        double dj = a.squaredChord[j];
        boolean ni = Double.isNaN(di);
        boolean nj = Double.isNaN(dj);
        if (ni != nj) {
            return nj;
        }
        if (!ni && di != dj) {
            return di < dj;
        }
        return a.partners[i].idText().compareTo(a.partners[j].idText()) < 0;
    }
}
