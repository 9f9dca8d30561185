package nl.totalservice.onboarding.partner.matching.engine;

import nl.totalservice.onboarding.partner.geography.GreatCircle;
import nl.totalservice.onboarding.partner.geography.ServiceArea;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One pass over all partners: exclusions, distance (as squared chord), service-area coverage, and
 * the leaders each rule needs (nearest two and lightest two of the competing partners, the wished
 * partner). When no eligible partner's area covers the lead, one more pass over the partners
 * within the first widening step that has any (or all eligible ones). Arrays instead of objects
 * per partner: a decision over 5,000 partners must take well under a millisecond.
 */
final class Assessment {

    static final int INACTIVE = 1;
    static final int AT_CAPACITY = 2;
    static final int UNAVAILABLE = 4;
    static final int DECLINED = 8;
    static final int OUTSIDE_AREA = 16;
    /** The exclusions that keep a partner from the lead altogether (the wish included). */
    static final int HARD = INACTIVE | AT_CAPACITY | UNAVAILABLE | DECLINED;

    final MatchRequest request;
    final MatchingPolicy policy;
    final PartnerSnapshot[] partners;
    final int[] exclusions;
    final int[] taken;
    final double[] squaredChord;
    final boolean[] competes;
    int eligible;
    int competing;
    int competingLocated;
    Reach reach;
    /** The words for the default service area, made once per decision when first needed. */
    String defaultAreaText;
    int nearest = -1;
    int runnerUp = -1;
    int lightest = -1;
    int nextLightest = -1;
    int wished = -1;

    Assessment(MatchRequest request, List<PartnerSnapshot> snapshots, MatchingPolicy policy) {
        this.request = request;
        this.policy = policy;
        this.partners = snapshots.toArray(new PartnerSnapshot[0]);
        int n = partners.length;
        exclusions = new int[n];
        taken = new int[n];
        squaredChord = new double[n];
        competes = new boolean[n];
        run();
        if (competing == 0 && eligible > 0) {
            widen();
        } else {
            reach = new Reach(Reach.Kind.SERVICE_AREAS, null, competing);
        }
    }

    private void run() {
        boolean located = request.location().known();
        double[] lead = located ? GreatCircle.unitVector(request.location().point()) : null;
        double defaultRadiusChord = GreatCircle.squaredChordFromKm(policy.defaultRadiusKm());
        int pc4 = pc4(request.pc4());
        Set<UUID> declined = request.declinedPartnerIds();
        UUID wish = request.wish() == null ? null : request.wish().partnerId();
        boolean countOpen = policy.countOpenAssignments();
        for (int i = 0; i < partners.length; i++) {
            PartnerSnapshot partner = partners[i];
            int load = partner.activeCustomers() + (countOpen ? partner.openAssignments() : 0);
            taken[i] = load;
            int excluded = partner.active() ? 0 : INACTIVE;
            if (load >= partner.capacity()) {
                excluded |= AT_CAPACITY;
            }
            if (!partner.unavailability().isEmpty() && partner.unavailableOn(request.today()) != null) {
                excluded |= UNAVAILABLE;
            }
            if (!declined.isEmpty() && declined.contains(partner.id())) {
                excluded |= DECLINED;
            }
            if (wish != null && wished < 0 && wish.equals(partner.id())) {
                wished = i;
            }
            double chord = Double.NaN;
            if (located && !Double.isNaN(partner.x)) {
                double dx = partner.x - lead[0];
                double dy = partner.y - lead[1];
                double dz = partner.z - lead[2];
                chord = dx * dx + dy * dy + dz * dz;
            }
            squaredChord[i] = chord;
            double radiusChord = Double.isNaN(partner.ownRadiusChord) ? defaultRadiusChord : partner.ownRadiusChord;
            if (!(chord <= radiusChord) // false for NaN: no distance, no radius coverage
                    && !(partner.areaBeyondRadius && coversBeyondRadius(partner.serviceArea(), pc4))) {
                excluded |= OUTSIDE_AREA;
            }
            exclusions[i] = excluded;
            if ((excluded & HARD) == 0) {
                eligible++;
                if (excluded == 0) {
                    compete(i);
                }
            }
        }
    }

    private boolean coversBeyondRadius(ServiceArea area, int pc4) {
        return area.wholeCountry() || pc4 > 0 && area.coversPc4(pc4) || area.coversProvince(request.province());
    }

    /** No eligible partner covers the lead: the nearest widening step with any eligible partner, else all. */
    private void widen() {
        double nearestChord = Double.POSITIVE_INFINITY;
        for (int i = 0; i < partners.length; i++) {
            if (isEligible(i) && squaredChord[i] < nearestChord) {
                nearestChord = squaredChord[i];
            }
        }
        for (double km : policy.wideningKm()) {
            double limit = GreatCircle.squaredChordFromKm(km);
            if (nearestChord <= limit) {
                for (int i = 0; i < partners.length; i++) {
                    if (isEligible(i) && squaredChord[i] <= limit) {
                        compete(i);
                    }
                }
                reach = new Reach(Reach.Kind.WIDENED, km, competing);
                return;
            }
        }
        boolean located = request.location().known();
        for (int i = 0; i < partners.length; i++) {
            if (!located) {
                exclusions[i] &= ~OUTSIDE_AREA; // no distance, no PC4 or province match: coverage cannot be judged
            }
            if (isEligible(i)) {
                compete(i);
            }
        }
        reach = new Reach(Reach.Kind.WHOLE_COUNTRY, null, competing);
    }

    private void compete(int i) {
        competes[i] = true;
        competing++;
        if (!Double.isNaN(squaredChord[i])) {
            competingLocated++;
            rankByDistance(i);
        }
        rankByLoad(i);
    }

    private static int pc4(String pc4) {
        if (pc4 == null || pc4.length() != 4) {
            return -1;
        }
        try {
            return Integer.parseInt(pc4);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void rankByDistance(int i) {
        if (nearest < 0 || closer(i, nearest)) {
            runnerUp = nearest;
            nearest = i;
        } else if (runnerUp < 0 || closer(i, runnerUp)) {
            runnerUp = i;
        }
    }

    private void rankByLoad(int i) {
        if (lightest < 0 || lighter(i, lightest) < 0) {
            nextLightest = lightest;
            lightest = i;
        } else if (nextLightest < 0 || lighter(i, nextLightest) < 0) {
            nextLightest = i;
        }
    }

    private boolean closer(int i, int j) {
        int byDistance = Double.compare(squaredChord[i], squaredChord[j]);
        return byDistance != 0 ? byDistance < 0 : partners[i].idText().compareTo(partners[j].idText()) < 0;
    }

    /** Distribution order: lower load, then longest since the last assignment (never first), then id. */
    int lighter(int i, int j) {
        int byLoad = compareLoad(i, j);
        if (byLoad != 0) {
            return byLoad;
        }
        int byWait = compareWait(i, j);
        return byWait != 0 ? byWait : partners[i].idText().compareTo(partners[j].idText());
    }

    int compareLoad(int i, int j) {
        if (policy.relativeToCapacity()) {
            // taken_i / capacity_i against taken_j / capacity_j, exactly, without floating point
            return Long.compare((long) taken[i] * partners[j].capacity(), (long) taken[j] * partners[i].capacity());
        }
        return Integer.compare(taken[i], taken[j]);
    }

    int compareWait(int i, int j) {
        var a = partners[i].lastAssignedAt();
        var b = partners[j].lastAssignedAt();
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return a.compareTo(b);
    }

    double km(int i) {
        return GreatCircle.kmFromSquaredChord(squaredChord[i]);
    }

    double load(int i) {
        if (!policy.relativeToCapacity()) {
            return taken[i];
        }
        int capacity = partners[i].capacity();
        return capacity <= 0 ? 1.0 : (double) taken[i] / capacity;
    }

    /** Could take the lead: no exclusion but (possibly) being outside its service area. */
    boolean isEligible(int i) {
        return (exclusions[i] & HARD) == 0;
    }

    boolean outsideArea(int i) {
        return (exclusions[i] & OUTSIDE_AREA) != 0;
    }
}
