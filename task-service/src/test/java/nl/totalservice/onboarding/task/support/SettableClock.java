package nl.totalservice.onboarding.task.support;

import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still where a test puts it: the service's "now" (assignments, deadline checks,
 * views) for the tests that count working time. Enabled only by {@link PinnedClock}.
 */
@Alternative
@Singleton
public class SettableClock extends Clock {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-07-07T08:00:00Z"));

    /** Moves the clock to a local time in Amsterdam; returns that instant. */
    public Instant setLocal(LocalDateTime local) {
        Instant instant = local.atZone(AMSTERDAM).toInstant();
        now.set(instant);
        return instant;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
