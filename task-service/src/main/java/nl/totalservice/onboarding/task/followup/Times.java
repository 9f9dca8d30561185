package nl.totalservice.onboarding.task.followup;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The current time at the precision PostgreSQL (and so the outbox's {@code ce_time}) keeps: microseconds. */
public final class Times {

    private Times() {
    }

    /** Now, truncated to microseconds, so an event's {@code occurredAt} equals its {@code ce_time} header. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
