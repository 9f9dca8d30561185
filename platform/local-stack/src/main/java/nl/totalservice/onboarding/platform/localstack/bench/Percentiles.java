package nl.totalservice.onboarding.platform.localstack.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Latency percentiles in milliseconds by nearest rank. A step that never happened within the run
 * counts as infinitely late (it is not left out: leaving it out would flatter an overloaded system),
 * and a percentile that falls on one is reported as {@code null} ("not reached").
 */
record Percentiles(int samples, int missing, Double p50, Double p95, Double p99, Double max) {

    static Percentiles of(long[] nanos, int missing) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int total = sorted.length + missing;
        return new Percentiles(sorted.length, missing, at(sorted, total, 0.50), at(sorted, total, 0.95),
                at(sorted, total, 0.99), total == 0 ? null : at(sorted, total, 1.0));
    }

    private static Double at(long[] sorted, int total, double quantile) {
        if (total == 0) {
            return null;
        }
        int rank = (int) Math.ceil(quantile * total); // nearest rank, 1-based
        int index = Math.max(1, rank) - 1;
        return index < sorted.length ? sorted[index] / 1_000_000.0 : null;
    }

    Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("samples", samples);
        map.put("notReached", missing);
        map.put("p50Ms", round(p50));
        map.put("p95Ms", round(p95));
        map.put("p99Ms", round(p99));
        map.put("maxMs", round(max));
        return map;
    }

    /** e.g. {@code p50 12 / p95 40 / p99 95 / max 210 ms (1000 flows)}. */
    String describe() {
        if (samples + missing == 0) {
            return "no samples";
        }
        return "p50 " + ms(p50) + " / p95 " + ms(p95) + " / p99 " + ms(p99) + " / max " + ms(max) + " ms  (" + samples
                + " samples" + (missing > 0 ? ", " + missing + " NOT REACHED" : "") + ")";
    }

    private static String ms(Double value) {
        return value == null ? "n/r" : value >= 100 ? String.format(java.util.Locale.ROOT, "%.0f", value) : String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }
}
