package nl.totalservice.onboarding.platform.testing.fuzz;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a fuzz run saw: how many requests went out, the answers by status, and every answer that broke
 * the rule (a 5xx, or a 4xx that is not {@code application/problem+json} with a matching status).
 */
public record FuzzReport(int sent, Map<Integer, Integer> statuses, List<String> failures) {

    public FuzzReport {
        statuses = new TreeMap<>(statuses);
        failures = List.copyOf(failures);
    }

    @Override
    public String toString() {
        return sent + " requests, statuses " + statuses + ", " + failures.size() + " failure(s)"
                + (failures.isEmpty() ? "" : ":\n  " + String.join("\n  ", failures.subList(0, Math.min(40, failures.size()))));
    }
}
