package nl.totalservice.onboarding.partner.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The candidates a decision lists: the chosen partner first, then eligible partners by distance
 * (unknown last), then excluded ones by distance (inactive ones last); the wished partner and the partners who
 * declined the lead are always listed (beyond the limit if need be). Beyond the policy's limit partners are only
 * counted: a decision over thousands of partners stays a readable (and publishable) document of the partners
 * that mattered, and its size does not grow with the partner count. Only the listed ones get an exact distance
 * and words.
 */
record CandidateListing(List<CandidateAssessment> candidates, int omitted) {

    private static final long NO_DISTANCE = (1L << 37) - 1;
    private static final double CHORD_SCALE = 3e10;
    private static final int INDEX_BITS = 24;

    static CandidateListing of(Assessment a, int chosen) {
        int n = a.partners.length;
        if (n >= 1 << INDEX_BITS) {
            throw new IllegalArgumentException("Too many partners for one decision: " + n);
        }
        long[] always = alwaysListed(a, chosen);
        int room = a.policy.candidateListLimit() - (chosen >= 0 ? 1 : 0) - always.length;
        long[] best = new BoundedSelection(room).select(a, chosen);
        List<CandidateAssessment> listed = new ArrayList<>(best.length + always.length + 1);
        if (chosen >= 0) {
            listed.add(candidate(a, chosen));
        }
        int b = 0;
        int w = 0;
        while (b < best.length || w < always.length) {
            long key = w == always.length || (b < best.length && best[b] < always[w]) ? best[b++] : always[w++];
            listed.add(candidate(a, (int) (key & ((1L << INDEX_BITS) - 1))));
        }
        return new CandidateListing(List.copyOf(listed), n - listed.size());
    }

    /** The keys, in order, of the partners listed whatever the limit: the wished one and those who declined the lead. */
    private static long[] alwaysListed(Assessment a, int chosen) {
        long[] keys = new long[4];
        int count = 0;
        for (int i = 0; i < a.partners.length; i++) {
            if (i != chosen && isAlwaysListed(a, i)) {
                if (count == keys.length) {
                    keys = Arrays.copyOf(keys, count * 2);
                }
                keys[count++] = key(a, i);
            }
        }
        long[] result = Arrays.copyOf(keys, count);
        Arrays.sort(result);
        return result;
    }

    private static boolean isAlwaysListed(Assessment a, int i) {
        return i == a.wished || (a.exclusions[i] & Assessment.DECLINED) != 0;
    }

    /**
     * Sort key: competing first, then other eligible, then excluded, inactive partners last (a partner
     * at capacity, on holiday or who declined the lead says more about the decision than one that no
     * longer takes leads at all); then by distance (unknown last), then by position.
     */
    static long key(Assessment a, int i) {
        long group = a.competes[i] ? 0 : a.isEligible(i) ? 1 : (a.exclusions[i] & Assessment.INACTIVE) == 0 ? 2 : 3;
        double chord = a.squaredChord[i];
        long distance = Double.isNaN(chord) ? NO_DISTANCE : Math.min((long) (chord * CHORD_SCALE), NO_DISTANCE - 1);
        return group << 61 | distance << INDEX_BITS | i;
    }

    private static CandidateAssessment candidate(Assessment a, int i) {
        PartnerSnapshot partner = a.partners[i];
        double chord = a.squaredChord[i];
        Double distance = Double.isNaN(chord) ? null : Math.round(a.km(i) * 100) / 100.0;
        return new CandidateAssessment(partner.id(), partner.name(), a.isEligible(i), exclusions(a.exclusions[i]),
                distance, partner.activeCustomers(), partner.openAssignments(), partner.capacity(),
                Math.round(a.load(i) * 1000) / 1000.0, partner.lastAssignedAt(), Explanations.exclusions(a, i),
                a.competes[i], Explanations.area(a, i));
    }

    private static final List<List<Exclusion>> EXCLUSION_SETS = exclusionSets();

    private static List<Exclusion> exclusions(int mask) {
        return EXCLUSION_SETS.get(mask);
    }

    private static List<List<Exclusion>> exclusionSets() {
        List<List<Exclusion>> sets = new ArrayList<>(32);
        for (int mask = 0; mask < 32; mask++) {
            List<Exclusion> set = new ArrayList<>(5);
            if ((mask & Assessment.INACTIVE) != 0) {
                set.add(Exclusion.INACTIVE);
            }
            if ((mask & Assessment.AT_CAPACITY) != 0) {
                set.add(Exclusion.AT_CAPACITY);
            }
            if ((mask & Assessment.UNAVAILABLE) != 0) {
                set.add(Exclusion.UNAVAILABLE);
            }
            if ((mask & Assessment.DECLINED) != 0) {
                set.add(Exclusion.DECLINED_THIS_LEAD);
            }
            if ((mask & Assessment.OUTSIDE_AREA) != 0) {
                set.add(Exclusion.OUTSIDE_SERVICE_AREA);
            }
            sets.add(List.copyOf(set));
        }
        return List.copyOf(sets);
    }

    /** The {@code room} smallest keys, in order, with a bounded max-heap of primitives (no boxing). */
    private static final class BoundedSelection {

        private final long[] heap;
        private int size;

        BoundedSelection(int room) {
            heap = new long[Math.max(0, room)];
        }

        /** Among the partners but the chosen and those always listed. */
        long[] select(Assessment a, int chosen) {
            for (int i = 0; i < a.partners.length; i++) {
                if (i != chosen && !isAlwaysListed(a, i)) {
                    offer(key(a, i));
                }
            }
            long[] result = Arrays.copyOf(heap, size);
            Arrays.sort(result);
            return result;
        }

        private void offer(long key) {
            if (heap.length == 0) {
                return;
            }
            if (size < heap.length) {
                heap[size] = key;
                siftUp(size++);
            } else if (key < heap[0]) {
                heap[0] = key;
                siftDown(0);
            }
        }

        private void siftUp(int i) {
            while (i > 0) {
                int parent = (i - 1) / 2;
                if (heap[parent] >= heap[i]) {
                    return;
                }
                swap(parent, i);
                i = parent;
            }
        }

        private void siftDown(int i) {
            while (true) {
                int left = 2 * i + 1;
                int largest = i;
                if (left < size && heap[left] > heap[largest]) {
                    largest = left;
                }
                if (left + 1 < size && heap[left + 1] > heap[largest]) {
                    largest = left + 1;
                }
                if (largest == i) {
                    return;
                }
                swap(i, largest);
                i = largest;
            }
        }

        private void swap(int i, int j) {
            long tmp = heap[i];
            heap[i] = heap[j];
            heap[j] = tmp;
        }
    }
}
