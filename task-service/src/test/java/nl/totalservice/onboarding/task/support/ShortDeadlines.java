package nl.totalservice.onboarding.task.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * Deadlines of seconds counted around the clock, checked every second, so tests see them fire without
 * waiting for office hours (working-time counting has its own tests with a pinned clock).
 */
public class ShortDeadlines implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "task.deadlines.accept-within", "3s",
                "task.deadlines.urgent-accept-within", "2s",
                "task.deadlines.return-after", "4s",
                "task.deadlines.urgent-return-after", "4s",
                "task.deadlines.check-interval", "1s",
                "task.deadlines.initial-delay", "1s",
                "task.deadlines.counting", "AROUND_THE_CLOCK",
                "task.deadlines.urgent-counting", "AROUND_THE_CLOCK",
                "task.calls.escalate-after", "2s");
    }
}
