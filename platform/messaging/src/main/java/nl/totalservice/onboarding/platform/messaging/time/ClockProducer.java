package nl.totalservice.onboarding.platform.messaging.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;

/**
 * The one source of "now" for every service: inject {@link Clock}, never call {@code Instant.now()}.
 * It ticks in microseconds, the precision PostgreSQL keeps, so a time written to the database (an
 * entity's, or an outbox row's {@code occurred_at}) reads back equal, and an event's
 * {@code occurredAt} equals its {@code ce_time} header. Tests replace it with a fixed or stepping clock.
 */
@ApplicationScoped
public class ClockProducer {

    /** The system clock in UTC, truncated to microseconds. */
    public static Clock databaseClock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }

    @Produces
    @DefaultBean
    @Singleton
    Clock clock() {
        return databaseClock();
    }
}
