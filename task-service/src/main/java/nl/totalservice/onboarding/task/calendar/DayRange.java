package nl.totalservice.onboarding.task.calendar;

import java.time.LocalDate;

/**
 * Whole days, both ends included, on which a partner is unavailable.
 *
 * @param from   the first day
 * @param to     the last day
 * @param reason what the partner gave, or null
 */
public record DayRange(LocalDate from, LocalDate to, String reason) {

    public DayRange {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A range of days ends (" + to + ") on or after it starts (" + from + ")");
        }
    }

    boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
