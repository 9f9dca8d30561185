package nl.totalservice.onboarding.platform.localstack.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a rate holds: completed flows/s at least 95 % of the offered rate, p99 interest -> task
 * under 1 s (a task never created counts as late), and the flows in progress not growing by more
 * than max(20, one second of arrivals) over the window.
 */
record Holds(boolean held, List<String> reasons) {

    static final double COMPLETED_SHARE = 0.95;
    static final double P99_INTEREST_TO_TASK_MS = 1000;

    static Holds judge(double offeredPerSecond, double completedPerSecond, Double p99InterestToTaskMs,
                       long inProgressAtStart, long inProgressAtEnd) {
        List<String> reasons = new ArrayList<>();
        if (completedPerSecond < COMPLETED_SHARE * offeredPerSecond) {
            reasons.add(String.format(java.util.Locale.ROOT, "completed %.1f flows/s < 95 %% of offered %.1f",
                    completedPerSecond, offeredPerSecond));
        }
        if (p99InterestToTaskMs == null || p99InterestToTaskMs >= P99_INTEREST_TO_TASK_MS) {
            reasons.add("p99 interest -> task " + (p99InterestToTaskMs == null ? "not reached" : Math.round(p99InterestToTaskMs) + " ms")
                    + " >= 1000 ms");
        }
        long allowedGrowth = Math.max(20, Math.round(offeredPerSecond));
        if (inProgressAtEnd - inProgressAtStart > allowedGrowth) {
            reasons.add("flows in progress grew from " + inProgressAtStart + " to " + inProgressAtEnd
                    + " (more than " + allowedGrowth + ")");
        }
        return new Holds(reasons.isEmpty(), List.copyOf(reasons));
    }
}
