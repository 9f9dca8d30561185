package nl.totalservice.onboarding.task.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;
import java.util.Set;

/** The service runs on {@link SettableClock}: tests put "now" on a Friday afternoon, a holiday, a night. */
public class PinnedClock implements QuarkusTestProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(SettableClock.class);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("task.deadlines.check-interval", "1s", "task.deadlines.initial-delay", "1s");
    }
}
