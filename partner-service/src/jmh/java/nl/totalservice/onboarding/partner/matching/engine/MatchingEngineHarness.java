package nl.totalservice.onboarding.partner.matching.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * A small harness next to the JMH benchmark: times each decision over 5,000 partners both by
 * the wall clock and by the thread's CPU time. On a shared machine with more runnable processes
 * than cores, wall-clock percentiles mostly measure the scheduler (a preempted decision waits
 * several milliseconds); the CPU time of the same decisions is what the engine itself costs.
 *
 * <p>Run: {@code mvn -B -q -Pbenchmark test-compile exec:exec -pl partner-service
 * -Djmh.main=nl.totalservice.onboarding.partner.matching.engine.MatchingEngineHarness}
 */
public final class MatchingEngineHarness {

    private MatchingEngineHarness() {
    }

    public static void main(String[] args) {
        int partners = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int decisions = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        MatchingEngineBenchmark state = new MatchingEngineBenchmark();
        state.partners = partners;
        state.setUp();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Object sink = null;
        for (int i = 0; i < 20_000; i++) {
            sink = state.decideOverAllPartners();
        }
        long[] wall = new long[decisions];
        long[] cpu = new long[decisions];
        for (int i = 0; i < decisions; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long wallStart = System.nanoTime();
            sink = state.decideOverAllPartners();
            wall[i] = System.nanoTime() - wallStart;
            cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
        }
        System.out.printf(Locale.ROOT, "%d decisions over %d partners (last chose %s)%n", decisions, partners,
                ((Decision) sink).partnerName());
        report("wall clock", wall);
        report("thread CPU", cpu);
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-10s  p50 %7.1f us  p90 %7.1f us  p99 %7.1f us  p99.9 %8.1f us  max %9.1f us%n",
                what, at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99), at(sorted, 0.999),
                sorted[sorted.length - 1] / 1000.0);
    }

    private static double at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1000.0;
    }
}
