package nl.totalservice.onboarding.task.calendar;

import java.time.LocalDate;

/**
 * One day of the working calendar.
 *
 * @param date    the day
 * @param closure why it has no working time, or null on a working day
 */
public record CalendarDay(LocalDate date, Closure closure) {

    public boolean working() {
        return closure == null;
    }
}
