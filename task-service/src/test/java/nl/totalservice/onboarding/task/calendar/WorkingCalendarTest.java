package nl.totalservice.onboarding.task.calendar;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Working-time arithmetic in Dutch office hours (Monday to Friday, 09:00-17:00, Europe/Amsterdam). */
class WorkingCalendarTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final WorkingCalendar calendar = new WorkingCalendar(OfficeHours.dutchDefault(),
            new DutchHolidays(false, LiberationDay.EVERY_FIFTH_YEAR), Map.of());

    @Test
    void twoWorkingDaysFromFridayAfternoonEndOnTuesdayAfternoon() {
        Instant friday = local("2026-12-04T16:00");
        assertThat(calendar.plus(friday, Duration.ofHours(16))).isEqualTo(local("2026-12-08T16:00"));
    }

    @Test
    void fourWorkingHoursFromFridayAfternoonEndOnMondayMorningNotFridayNight() {
        assertThat(calendar.plus(local("2026-12-04T16:00"), Duration.ofHours(4))).isEqualTo(local("2026-12-07T12:00"));
    }

    @Test
    void anUrgentTaskAssignedAtNightStartsCountingWhenTheOfficeOpens() {
        Instant tuesdayNight = local("2026-12-08T22:00");
        assertThat(calendar.plus(tuesdayNight, Duration.ofHours(4))).isEqualTo(local("2026-12-09T13:00"));
        assertThat(calendar.closureAt(tuesdayNight)).get().extracting(Closure::kind)
                .isEqualTo(Closure.Kind.OUTSIDE_OFFICE_HOURS);
        assertThat(calendar.nextOpening(tuesdayNight)).isEqualTo(local("2026-12-09T09:00"));
    }

    @Test
    void ascensionDayIsSkipped() {
        Instant wednesday = local("2027-05-05T15:00");
        assertThat(calendar.plus(wednesday, Duration.ofHours(16))).isEqualTo(local("2027-05-10T15:00"));
        assertThat(calendar.closureAt(local("2027-05-06T11:00"))).get()
                .isEqualTo(new Closure(Closure.Kind.PUBLIC_HOLIDAY, "Hemelvaartsdag (Ascension Day)"));
    }

    @Test
    void christmasAndBoxingDayAreSkipped() {
        Instant thursdayBeforeChristmas = local("2026-12-24T13:00");
        assertThat(calendar.plus(thursdayBeforeChristmas, Duration.ofHours(8))).isEqualTo(local("2026-12-28T13:00"));
    }

    @Test
    void workingHoursStayLocalAcrossTheSwitchToSummerTime() {
        Instant friday = local("2026-03-27T16:00");
        Instant deadline = calendar.plus(friday, Duration.ofHours(2));
        assertThat(deadline).isEqualTo(local("2026-03-30T10:00"));
        assertThat(Duration.between(friday, deadline)).isEqualTo(Duration.ofHours(65));
        assertThat(calendar.between(local("2026-03-27T09:00"), local("2026-03-30T17:00"))).isEqualTo(Duration.ofHours(16));
    }

    @Test
    void workingHoursStayLocalAcrossTheSwitchBackToWinterTime() {
        Instant friday = local("2026-10-23T16:00");
        Instant deadline = calendar.plus(friday, Duration.ofHours(2));
        assertThat(deadline).isEqualTo(local("2026-10-26T10:00"));
        assertThat(Duration.between(friday, deadline)).isEqualTo(Duration.ofHours(67));
    }

    @Test
    void aPartnerOnHolidayHasItsClockPaused() {
        WorkingCalendar partner = calendar.forPartner(List.of(
                new DayRange(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 9), "wintersport")));
        assertThat(partner.plus(local("2026-12-04T16:00"), Duration.ofHours(2))).isEqualTo(local("2026-12-10T10:00"));
        assertThat(partner.closureAt(local("2026-12-08T10:00"))).get()
                .isEqualTo(new Closure(Closure.Kind.PARTNER_UNAVAILABLE, "partner unavailable until 2026-12-09: wintersport"));
        assertThat(calendar.isOpen(local("2026-12-08T10:00"))).isTrue();
    }

    @Test
    void aDayTheCoordinatorClosedIsSkipped() {
        WorkingCalendar withCompanyDay = new WorkingCalendar(OfficeHours.dutchDefault(),
                new DutchHolidays(false, LiberationDay.EVERY_FIFTH_YEAR), Map.of(LocalDate.of(2026, 12, 7), "company day"));
        assertThat(withCompanyDay.plus(local("2026-12-04T16:00"), Duration.ofHours(2))).isEqualTo(local("2026-12-08T10:00"));
        assertThat(withCompanyDay.closureOn(LocalDate.of(2026, 12, 7))).get()
                .isEqualTo(new Closure(Closure.Kind.CLOSED_DAY, "company day"));
    }

    @Test
    void theWeekendIsNamed() {
        assertThat(calendar.closureAt(local("2026-12-05T11:00"))).get()
                .isEqualTo(new Closure(Closure.Kind.WEEKEND, "weekend (Saturday)"));
    }

    @Test
    void workingTimeBetweenTwoMomentsCountsOnlyOfficeHours() {
        assertThat(calendar.between(local("2026-12-04T16:00"), local("2026-12-07T10:30"))).isEqualTo(Duration.ofMinutes(150));
        assertThat(calendar.between(local("2026-12-07T10:30"), local("2026-12-04T16:00"))).isEqualTo(Duration.ofMinutes(-150));
        assertThat(calendar.between(local("2026-12-05T10:00"), local("2026-12-06T10:00"))).isZero();
    }

    @Test
    void addingNoTimeDuringOfficeHoursIsNow() {
        Instant monday = local("2026-12-07T11:00");
        assertThat(calendar.plus(monday, Duration.ZERO)).isEqualTo(monday);
        assertThat(calendar.plus(local("2026-12-07T17:00"), Duration.ZERO)).isEqualTo(local("2026-12-08T09:00"));
    }

    @Test
    void aDeadlineEndingAtClosingTimeIsAtClosingTime() {
        assertThat(calendar.plus(local("2026-12-07T09:00"), Duration.ofHours(8))).isEqualTo(local("2026-12-07T17:00"));
    }

    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(AMSTERDAM).toInstant();
    }
}
