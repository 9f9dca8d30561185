package nl.totalservice.onboarding.task.calendar;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

/** The working calendar partners' deadlines count in ({@code task.calendar.*}). */
@ConfigMapping(prefix = "task.calendar")
public interface CalendarConfig {

    /** Time zone of the office hours; its daylight saving is followed. */
    @WithDefault("Europe/Amsterdam")
    ZoneId zone();

    /** Days of the week offices work. */
    @WithDefault("MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY")
    List<DayOfWeek> workingDays();

    /** When offices open on a working day, local time. */
    @WithDefault("09:00")
    LocalTime opens();

    /** When offices close on a working day, local time. */
    @WithDefault("17:00")
    LocalTime closes();

    /** Whether Good Friday closes offices (it is not a general day off in the Netherlands). */
    @WithDefault("false")
    boolean goodFriday();

    /** When Liberation Day (5 May) closes offices: EVERY_YEAR, EVERY_FIFTH_YEAR or NEVER. */
    @WithDefault("EVERY_FIFTH_YEAR")
    LiberationDay liberationDay();

    default OfficeHours officeHours() {
        return new OfficeHours(zone(), EnumSet.copyOf(workingDays()), opens(), closes());
    }

    default DutchHolidays holidays() {
        return new DutchHolidays(goodFriday(), liberationDay());
    }
}
