package nl.totalservice.onboarding.task.calendar;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

/**
 * When offices work: the days of the week and the hours, in a time zone (whose daylight saving the
 * hours follow: 09:00 is 09:00 local in winter and in summer).
 */
public record OfficeHours(ZoneId zone, Set<DayOfWeek> days, LocalTime opens, LocalTime closes) {

    public OfficeHours {
        if (days.isEmpty()) {
            throw new IllegalArgumentException("Office hours need at least one working day");
        }
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("Offices must open (" + opens + ") before they close (" + closes + ")");
        }
        days = Set.copyOf(EnumSet.copyOf(days));
    }

    /** Monday to Friday, 09:00 to 17:00, Europe/Amsterdam. */
    public static OfficeHours dutchDefault() {
        return new OfficeHours(ZoneId.of("Europe/Amsterdam"),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0));
    }
}
