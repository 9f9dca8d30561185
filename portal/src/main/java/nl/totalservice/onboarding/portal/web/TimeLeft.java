package nl.totalservice.onboarding.portal.web;

import java.time.Duration;
import java.time.Instant;

/** Time until a deadline in the unit a person reads best: minutes under an hour, hours under two days, else days. */
public record TimeLeft(String unit, long n) {

    public static TimeLeft until(Instant deadline, Instant now) {
        if (deadline == null) {
            return null;
        }
        Duration left = Duration.between(now, deadline);
        if (left.isNegative()) {
            return new TimeLeft("PASSED", 0);
        }
        if (left.toMinutes() < 60) {
            return new TimeLeft("MINUTES", left.toMinutes());
        }
        if (left.toHours() < 48) {
            return new TimeLeft("HOURS", left.toHours());
        }
        return new TimeLeft("DAYS", left.toDays());
    }
}
