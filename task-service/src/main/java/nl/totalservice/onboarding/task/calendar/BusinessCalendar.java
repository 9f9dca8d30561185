package nl.totalservice.onboarding.task.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.totalservice.onboarding.platform.web.problem.ProblemException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The working calendar in force: the configured office hours and holidays plus the days the
 * coordinator closed. Closed days are read from the database each time a calendar is asked for
 * (a small table), so every instance of the service counts with the same days.
 */
@ApplicationScoped
public class BusinessCalendar {

    /** How far ahead and back closed days are read: further than any deadline reaches. */
    private static final int HORIZON_DAYS = 400;
    /** The longest range the calendar lists at once. */
    static final int MAX_LISTED_DAYS = 366;

    private final CalendarConfig config;
    private final ClosedDayRepository closedDays;
    private final Clock clock;

    public BusinessCalendar(CalendarConfig config, ClosedDayRepository closedDays, Clock clock) {
        this.config = config;
        this.closedDays = closedDays;
        this.clock = clock;
    }

    /** The calendar for counting deadlines from now. */
    @Transactional
    public WorkingCalendar current() {
        LocalDate today = LocalDate.now(clock.withZone(config.zone()));
        return calendarFor(today.minusDays(HORIZON_DAYS), today.plusDays(HORIZON_DAYS));
    }

    /** Each day from {@code from} to {@code to} (both included), working or why not. */
    @Transactional
    public List<CalendarDay> days(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw ProblemException.invalidField("to", "must be on or after from (" + from + ")");
        }
        if (from.plusDays(MAX_LISTED_DAYS).isBefore(to)) {
            throw ProblemException.invalidField("to", "at most " + MAX_LISTED_DAYS + " days after from");
        }
        WorkingCalendar calendar = calendarFor(from, to);
        List<CalendarDay> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.add(new CalendarDay(day, calendar.closureOn(day).orElse(null)));
        }
        return days;
    }

    @Transactional
    public List<ClosedDay> closedDays(LocalDate from, LocalDate to) {
        return closedDays.between(from, to);
    }

    /** Closes {@code day} for every partner (or changes the reason when it is closed already). */
    @Transactional
    public ClosedDay close(LocalDate day, String reason, String by) {
        ClosedDay closed = closedDays.findById(day);
        if (closed == null) {
            closed = new ClosedDay(day, reason, by, clock.instant());
            closedDays.persist(closed);
        } else {
            closed.change(reason, by, clock.instant());
        }
        return closed;
    }

    /** Opens a closed day again. */
    @Transactional
    public void reopen(LocalDate day) {
        if (!closedDays.deleteById(day)) {
            throw ProblemException.notFound("Closed day", day);
        }
    }

    public OfficeHours officeHours() {
        return config.officeHours();
    }

    private WorkingCalendar calendarFor(LocalDate from, LocalDate to) {
        Map<LocalDate, String> closed = closedDays.between(from, to).stream()
                .collect(Collectors.toMap(ClosedDay::day, ClosedDay::reason));
        return new WorkingCalendar(config.officeHours(), config.holidays(), closed);
    }
}
