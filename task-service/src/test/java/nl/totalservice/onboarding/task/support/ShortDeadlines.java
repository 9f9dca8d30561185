package nl.totalservice.onboarding.task.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** Deadlines of seconds, checked every second, so tests see them pass without sleeping for hours. */
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
                "task.calls.escalate-after", "2s");
    }
}
