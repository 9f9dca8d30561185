package nl.totalservice.onboarding.task.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Dutch public holidays of a year, computed: fixed dates, King's Day (27 April, or 26 April
 * when the 27th is a Sunday) and the days that follow Easter (Gregorian computus).
 *
 * @param goodFriday     whether Good Friday closes the office (not a general day off)
 * @param liberationDay  when Liberation Day closes the office
 */
public record DutchHolidays(boolean goodFriday, LiberationDay liberationDay) {

    private static final Map<Integer, LocalDate> EASTER = new ConcurrentHashMap<>();

    /** The holidays of {@code year} that close the office, by date. */
    public Map<LocalDate, PublicHoliday> of(int year) {
        Map<LocalDate, PublicHoliday> days = new TreeMap<>();
        days.put(LocalDate.of(year, Month.JANUARY, 1), PublicHoliday.NEW_YEARS_DAY);
        LocalDate easter = easterSunday(year);
        if (goodFriday) {
            days.put(easter.minusDays(2), PublicHoliday.GOOD_FRIDAY);
        }
        days.put(easter.plusDays(1), PublicHoliday.EASTER_MONDAY);
        days.put(kingsDay(year), PublicHoliday.KINGS_DAY);
        if (liberationDay.closesIn(year)) {
            days.put(LocalDate.of(year, Month.MAY, 5), PublicHoliday.LIBERATION_DAY);
        }
        days.put(easter.plusDays(39), PublicHoliday.ASCENSION_DAY);
        days.put(easter.plusDays(50), PublicHoliday.WHIT_MONDAY);
        days.put(LocalDate.of(year, Month.DECEMBER, 25), PublicHoliday.CHRISTMAS_DAY);
        days.put(LocalDate.of(year, Month.DECEMBER, 26), PublicHoliday.BOXING_DAY);
        return Collections.unmodifiableMap(days);
    }

    /** The holiday on {@code day}, or null. */
    public PublicHoliday on(LocalDate day) {
        return of(day.getYear()).get(day);
    }

    static LocalDate kingsDay(int year) {
        LocalDate twentySeventh = LocalDate.of(year, Month.APRIL, 27);
        return twentySeventh.getDayOfWeek() == DayOfWeek.SUNDAY ? twentySeventh.minusDays(1) : twentySeventh;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
    static LocalDate easterSunday(int year) {
        return EASTER.computeIfAbsent(year, y -> {
            int a = y % 19;
            int b = y / 100;
            int c = y % 100;
            int d = b / 4;
            int e = b % 4;
            int f = (b + 8) / 25;
            int g = (b - f + 1) / 3;
            int h = (19 * a + b - d - g + 15) % 30;
            int i = c / 4;
            int k = c % 4;
            int l = (32 + 2 * e + 2 * i - h - k) % 7;
            int m = (a + 11 * h + 22 * l) / 451;
            int month = (h + l - 7 * m + 114) / 31;
            int day = (h + l - 7 * m + 114) % 31 + 1;
            return LocalDate.of(y, month, day);
        });
    }
}
