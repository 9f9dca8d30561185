package nl.totalservice.onboarding.task.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DutchHolidaysTest {

    private final DutchHolidays usual = new DutchHolidays(false, LiberationDay.EVERY_FIFTH_YEAR);

    @ParameterizedTest(name = "Easter {0} is on {1}")
    @CsvSource({"1818,1818-03-22", "2000,2000-04-23", "2024,2024-03-31", "2025,2025-04-20", "2026,2026-04-05",
            "2027,2027-03-28", "2038,2038-04-25"})
    void easterSundayIsComputedForAnyYear(int year, LocalDate easter) {
        assertThat(DutchHolidays.easterSunday(year)).isEqualTo(easter);
    }

    @Test
    void theHolidaysOf2027FollowEaster() {
        assertThat(usual.of(2027)).isEqualTo(java.util.Map.of(
                LocalDate.of(2027, 1, 1), PublicHoliday.NEW_YEARS_DAY,
                LocalDate.of(2027, 3, 29), PublicHoliday.EASTER_MONDAY,
                LocalDate.of(2027, 4, 27), PublicHoliday.KINGS_DAY,
                LocalDate.of(2027, 5, 6), PublicHoliday.ASCENSION_DAY,
                LocalDate.of(2027, 5, 17), PublicHoliday.WHIT_MONDAY,
                LocalDate.of(2027, 12, 25), PublicHoliday.CHRISTMAS_DAY,
                LocalDate.of(2027, 12, 26), PublicHoliday.BOXING_DAY));
    }

    @Test
    void kingsDayFallingOnASundayIsKeptTheDayBefore() {
        assertThat(LocalDate.of(2025, 4, 27).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SUNDAY);
        assertThat(usual.on(LocalDate.of(2025, 4, 26))).isEqualTo(PublicHoliday.KINGS_DAY);
        assertThat(usual.on(LocalDate.of(2025, 4, 27))).isNull();
    }

    @Test
    void liberationDayClosesEveryFifthYearOrEveryYearBySetting() {
        assertThat(usual.on(LocalDate.of(2025, 5, 5))).isEqualTo(PublicHoliday.LIBERATION_DAY);
        assertThat(usual.on(LocalDate.of(2026, 5, 5))).isNull();
        assertThat(new DutchHolidays(false, LiberationDay.EVERY_YEAR).on(LocalDate.of(2026, 5, 5)))
                .isEqualTo(PublicHoliday.LIBERATION_DAY);
        assertThat(new DutchHolidays(false, LiberationDay.NEVER).on(LocalDate.of(2030, 5, 5))).isNull();
    }

    @Test
    void goodFridayClosesOnlyBySetting() {
        assertThat(usual.on(LocalDate.of(2026, 4, 3))).isNull();
        assertThat(new DutchHolidays(true, LiberationDay.EVERY_FIFTH_YEAR).on(LocalDate.of(2026, 4, 3)))
                .isEqualTo(PublicHoliday.GOOD_FRIDAY);
    }
}
