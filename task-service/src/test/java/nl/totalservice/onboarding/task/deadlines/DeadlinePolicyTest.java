package nl.totalservice.onboarding.task.deadlines;

import nl.totalservice.onboarding.task.calendar.Closure;
import nl.totalservice.onboarding.task.calendar.DayRange;
import nl.totalservice.onboarding.task.calendar.DutchHolidays;
import nl.totalservice.onboarding.task.calendar.LiberationDay;
import nl.totalservice.onboarding.task.calendar.OfficeHours;
import nl.totalservice.onboarding.task.calendar.WorkingCalendar;
import nl.totalservice.onboarding.task.followup.CancelReason;
import nl.totalservice.onboarding.task.followup.FollowUpTask;
import nl.totalservice.onboarding.task.followup.FollowUpTask.AcceptDeadline;
import nl.totalservice.onboarding.task.followup.Owner;
import nl.totalservice.onboarding.task.followup.TaskType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deadlines of an assignment, without Quarkus: the default periods (16 working hours to accept, 8
 * more until the task returns; urgent 4 and 2) counted in Dutch office hours, 09:00-17:00 local.
 */
class DeadlinePolicyTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final UUID PARTNER = UUID.randomUUID();
    private static final UUID ON_HOLIDAY = UUID.randomUUID();
    private static final WorkingCalendar CALENDAR = new WorkingCalendar(OfficeHours.dutchDefault(),
            new DutchHolidays(false, LiberationDay.EVERY_FIFTH_YEAR), Map.of(LocalDate.of(2026, 5, 15), "Brugdag"));
    private static final PartnerCalendars CALENDARS = partnerId -> ON_HOLIDAY.equals(partnerId)
            ? CALENDAR.forPartner(List.of(new DayRange(LocalDate.of(2026, 7, 6), LocalDate.of(2026, 7, 10), "Zomervakantie")))
            : CALENDAR;

    private final DeadlinePolicy policy = new DeadlinePolicy(new Settings(Counting.WORKING_TIME, Counting.WORKING_TIME),
            CALENDARS);

    @Test
    void anAssignmentOnFridayAfternoonCountsOnlyOfficeHoursOverTheWeekend() {
        Instant friday = local(2026, 7, 3, 16, 0);

        assertThat(policy.of(PARTNER).forAssignment(false, friday))
                .isEqualTo(new AcceptDeadline(local(2026, 7, 7, 16, 0), local(2026, 7, 8, 16, 0)));
        assertThat(policy.of(PARTNER).forAssignment(true, friday))
                .isEqualTo(new AcceptDeadline(local(2026, 7, 6, 12, 0), local(2026, 7, 6, 14, 0)));
    }

    @Test
    void aLongWeekendOfAscensionAndACompanyDayPausesTheClockForFourDays() {
        Instant wednesday = local(2026, 5, 13, 15, 0);

        // Wednesday 2h, Ascension Thursday and the closed Friday, the weekend, Monday 8h, Tuesday 6h
        assertThat(policy.of(PARTNER).forAssignment(false, wednesday).acceptBy()).isEqualTo(local(2026, 5, 19, 15, 0));
    }

    @Test
    void kingsDayOnAMondayPausesTheClockAndOnASundayItMovesToSaturdayNotMonday() {
        assertThat(policy.of(PARTNER).forAssignment(true, local(2026, 4, 24, 16, 0)).acceptBy())
                .as("27 April 2026 is a Monday: King's Day").isEqualTo(local(2026, 4, 28, 12, 0));
        assertThat(policy.of(PARTNER).forAssignment(true, local(2025, 4, 25, 16, 0)).acceptBy())
                .as("27 April 2025 was a Sunday: King's Day was Saturday the 26th, Monday the 28th is a working day")
                .isEqualTo(local(2025, 4, 28, 12, 0));
    }

    @Test
    void theSwitchToAndFromSummerTimeKeepsOfficeHoursInLocalTime() {
        Instant beforeSpring = local(2026, 3, 27, 16, 0);
        Instant acceptBy = policy.of(PARTNER).forAssignment(false, beforeSpring).acceptBy();
        assertThat(acceptBy).isEqualTo(local(2026, 3, 31, 16, 0));
        assertThat(Duration.between(beforeSpring, acceptBy)).isEqualTo(Duration.ofHours(4 * 24 - 1));

        Instant beforeAutumn = local(2026, 10, 23, 16, 0);
        acceptBy = policy.of(PARTNER).forAssignment(false, beforeAutumn).acceptBy();
        assertThat(acceptBy).isEqualTo(local(2026, 10, 27, 16, 0));
        assertThat(Duration.between(beforeAutumn, acceptBy)).isEqualTo(Duration.ofHours(4 * 24 + 1));
    }

    @Test
    void anUrgentTaskAtNightStartsCountingInTheMorningUnlessUrgentTasksCountAroundTheClock() {
        Instant night = local(2026, 7, 7, 22, 0);

        assertThat(policy.of(PARTNER).forAssignment(true, night).acceptBy()).isEqualTo(local(2026, 7, 8, 13, 0));
        assertThat(policy.of(PARTNER).callPeriod(Duration.ofMinutes(30)).apply(night)).isEqualTo(local(2026, 7, 8, 9, 30));

        DeadlinePolicy roundTheClock = new DeadlinePolicy(new Settings(Counting.WORKING_TIME, Counting.AROUND_THE_CLOCK),
                CALENDARS);
        assertThat(roundTheClock.of(PARTNER).forAssignment(true, night))
                .isEqualTo(new AcceptDeadline(local(2026, 7, 8, 2, 0), local(2026, 7, 8, 4, 0)));
        assertThat(roundTheClock.of(PARTNER).callPeriod(Duration.ofMinutes(30)).apply(night)).isEqualTo(local(2026, 7, 7, 22, 30));
        assertThat(roundTheClock.of(PARTNER).forAssignment(false, night).acceptBy())
                .as("normal tasks still count working time").isEqualTo(local(2026, 7, 9, 17, 0));
    }

    @Test
    void aPartnerOnHolidayHasItsClockPausedForItsUnavailableDays() {
        Instant friday = local(2026, 7, 3, 16, 0);

        assertThat(policy.of(ON_HOLIDAY).forAssignment(false, friday).acceptBy()).isEqualTo(local(2026, 7, 14, 16, 0));
        assertThat(policy.of(ON_HOLIDAY).hold(false, local(2026, 7, 3, 17, 30))).contains(new DeadlinePolicy.Hold(
                local(2026, 7, 13, 9, 0), "outside office hours (09:00-17:00)"));
        assertThat(policy.of(ON_HOLIDAY).hold(false, local(2026, 7, 8, 11, 0))).contains(new DeadlinePolicy.Hold(
                local(2026, 7, 13, 9, 0), "partner unavailable until 2026-07-10: Zomervakantie"));
    }

    @Test
    void emailsWaitForTheNextWorkingPeriodUnlessUrgentOrTheOfficeIsOpen() {
        assertThat(policy.of(PARTNER).hold(false, local(2026, 7, 3, 16, 0))).isEmpty();
        assertThat(policy.of(PARTNER).hold(false, local(2026, 7, 3, 17, 0))).map(DeadlinePolicy.Hold::until)
                .contains(local(2026, 7, 6, 9, 0));
        assertThat(policy.of(PARTNER).hold(false, local(2026, 7, 4, 11, 0))).contains(new DeadlinePolicy.Hold(
                local(2026, 7, 6, 9, 0), "weekend (Saturday)"));
        assertThat(policy.of(PARTNER).hold(false, local(2026, 7, 7, 6, 30))).map(DeadlinePolicy.Hold::until)
                .contains(local(2026, 7, 7, 9, 0));
        assertThat(policy.of(PARTNER).hold(true, local(2026, 7, 4, 3, 0))).as("urgent: at once").isEmpty();
    }

    @Test
    void theClockOfAnAssignedTaskSaysWhyItIsPausedAndHowMuchWorkingTimeIsLeft() {
        FollowUpTask task = FollowUpTask.byHand(TaskType.LEAD_FOLLOW_UP, UUID.randomUUID(), PARTNER, "notes", false, null,
                new Owner("sanne@totalservice.nl", "Sanne"), "sanne", local(2026, 4, 24, 10, 0));
        task.assign(PARTNER, null, policy.of(PARTNER).forAssignment(false, local(2026, 4, 24, 16, 0)), "carla",
                due -> due, "carla", local(2026, 4, 24, 16, 0));

        TaskClock onKingsDay = policy.clockOf(task, () -> CALENDAR, local(2026, 4, 27, 11, 0)).orElseThrow();
        assertThat(onKingsDay.deadline()).isEqualTo(TaskClock.Deadline.ACCEPT_BY);
        assertThat(onKingsDay.running()).isFalse();
        assertThat(onKingsDay.pausedBy()).isEqualTo(new Closure(Closure.Kind.PUBLIC_HOLIDAY, "Koningsdag (King's Day)"));
        assertThat(onKingsDay.resumesAt()).isEqualTo(local(2026, 4, 28, 9, 0));
        assertThat(onKingsDay.left()).isEqualTo(Duration.ofHours(15));

        TaskClock atNight = policy.clockOf(task, () -> CALENDAR, local(2026, 4, 28, 20, 0)).orElseThrow();
        assertThat(atNight.pausedBy().kind()).isEqualTo(Closure.Kind.OUTSIDE_OFFICE_HOURS);
        assertThat(atNight.resumesAt()).isEqualTo(local(2026, 4, 29, 9, 0));
        assertThat(atNight.left()).isEqualTo(Duration.ofHours(7));

        TaskClock running = policy.clockOf(task, () -> CALENDAR, local(2026, 4, 29, 10, 30)).orElseThrow();
        assertThat(running.running()).isTrue();
        assertThat(running.left()).isEqualTo(Duration.ofMinutes(5 * 60 + 30));

        TaskClock overdue = policy.clockOf(task, () -> CALENDAR, local(2026, 4, 29, 16, 0)).orElseThrow();
        assertThat(overdue.deadline()).isEqualTo(TaskClock.Deadline.RETURN_AT);
        assertThat(overdue.left()).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void aTaskWithoutARunningDeadlineHasNoClockAndReadsNoCalendar() {
        FollowUpTask cancelled = FollowUpTask.byHand(TaskType.LEAD_FOLLOW_UP, UUID.randomUUID(), PARTNER, "notes", false, null,
                new Owner("sanne@totalservice.nl", "Sanne"), "sanne", local(2026, 4, 24, 10, 0));
        cancelled.cancel(CancelReason.CANCELLED_BY_SALES, "no", "sanne",
                local(2026, 4, 24, 11, 0));

        assertThat(policy.clockOf(cancelled, () -> {
            throw new AssertionError("a task whose clock does not run needs no calendar");
        }, local(2026, 4, 24, 12, 0))).isEmpty();
    }

    @Test
    void aDecisionReadsThePartnersCalendarOnceForItsDeadlinesItsCallAndItsEmail() {
        CountingCalendars calendars = new CountingCalendars(CALENDAR);
        DeadlinePolicy counted = new DeadlinePolicy(new Settings(Counting.WORKING_TIME, Counting.WORKING_TIME), calendars);
        Instant saturday = local(2026, 7, 4, 11, 0);

        PartnerDeadlines assignment = counted.of(PARTNER);
        assignment.forAssignment(false, saturday);
        assignment.callPeriod(Duration.ofMinutes(30)).apply(saturday);
        assertThat(assignment.hold(false, saturday)).isPresent();

        assertThat(calendars.reads).isEqualTo(1);
    }

    @Test
    void theNextDecisionCountsWithADayTheCoordinatorClosedSinceTheLastOne() {
        CountingCalendars calendars = new CountingCalendars(CALENDAR);
        DeadlinePolicy counted = new DeadlinePolicy(new Settings(Counting.WORKING_TIME, Counting.WORKING_TIME), calendars);
        Instant friday = local(2026, 7, 3, 16, 0);
        assertThat(counted.of(PARTNER).forAssignment(true, friday).acceptBy()).isEqualTo(local(2026, 7, 6, 12, 0));

        calendars.now = new WorkingCalendar(OfficeHours.dutchDefault(), new DutchHolidays(false, LiberationDay.EVERY_FIFTH_YEAR),
                Map.of(LocalDate.of(2026, 7, 6), "Heidag"));

        assertThat(counted.of(PARTNER).forAssignment(true, friday).acceptBy()).isEqualTo(local(2026, 7, 7, 12, 0));
    }

    @Test
    void aBatchReadsTheCalendarsOnceForAllItsTasksAndNotAtAllWhenNoneNeedsThem() {
        CountingCalendars calendars = new CountingCalendars(CALENDAR);
        DeadlinePolicy counted = new DeadlinePolicy(new Settings(Counting.WORKING_TIME, Counting.WORKING_TIME), calendars);
        Instant saturday = local(2026, 7, 4, 11, 0);

        var urgentOnly = counted.forBatch();
        assertThat(urgentOnly.apply(PARTNER).hold(true, saturday)).isEmpty();
        assertThat(calendars.pages).isZero();

        var batch = counted.forBatch();
        assertThat(batch.apply(PARTNER).hold(false, saturday)).isPresent();
        assertThat(batch.apply(ON_HOLIDAY).hold(false, saturday)).isPresent();
        assertThat(batch.apply(PARTNER).hold(false, saturday)).isPresent();
        assertThat(calendars.pages).isEqualTo(1);
    }

    private static Instant local(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(AMSTERDAM).toInstant();
    }

    /** The defaults of {@link DeadlineSettings}, with the countings given. */
    private record Settings(Counting counting, Counting urgentCounting) implements DeadlineSettings {

        @Override
        public Duration acceptWithin() {
            return Duration.ofHours(16);
        }

        @Override
        public Duration urgentAcceptWithin() {
            return Duration.ofHours(4);
        }

        @Override
        public Duration returnAfter() {
            return Duration.ofHours(8);
        }

        @Override
        public Duration urgentReturnAfter() {
            return Duration.ofHours(2);
        }

        @Override
        public boolean holdPartnerEmails() {
            return true;
        }

        @Override
        public Duration checkInterval() {
            return Duration.ofMinutes(1);
        }

        @Override
        public Duration initialDelay() {
            return Duration.ofSeconds(5);
        }

        @Override
        public int batchSize() {
            return 100;
        }
    }

    /** Counts how often the policy reads a calendar; {@code now} is the calendar in force. */
    private static final class CountingCalendars implements PartnerCalendars {

        private WorkingCalendar now;
        private int reads;
        private int pages;

        private CountingCalendars(WorkingCalendar now) {
            this.now = now;
        }

        @Override
        public WorkingCalendar of(UUID partnerId) {
            reads++;
            return now;
        }

        @Override
        public Function<UUID, WorkingCalendar> forPage() {
            pages++;
            WorkingCalendar read = now;
            return partnerId -> read;
        }
    }
}
