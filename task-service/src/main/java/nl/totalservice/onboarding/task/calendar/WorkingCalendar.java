package nl.totalservice.onboarding.task.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working time: the office hours on working days, minus Dutch public holidays, the days the
 * coordinator closed, and (for one partner) the days it is unavailable. Deadlines are durations of
 * working time: {@link #plus} finds when a working-time budget started at some moment runs out,
 * {@link #between} measures how much working time lies between two moments, {@link #closureAt}
 * says why the clock is not running. Immutable; days are those of the office's time zone, so
 * daylight saving moves nothing: 09:00 stays 09:00 local.
 */
public final class WorkingCalendar {

    /** Ten years: no office is closed that long, so a longer search means the configuration has no working time. */
    private static final int MAX_DAYS = 3_660;

    private final OfficeHours hours;
    private final DutchHolidays holidays;
    private final Map<LocalDate, String> closedDays;
    private final List<DayRange> unavailable;
    private final Map<Integer, Map<LocalDate, PublicHoliday>> holidaysByYear = new ConcurrentHashMap<>();

    public WorkingCalendar(OfficeHours hours, DutchHolidays holidays, Map<LocalDate, String> closedDays) {
        this(hours, holidays, closedDays, List.of());
    }

    private WorkingCalendar(OfficeHours hours, DutchHolidays holidays, Map<LocalDate, String> closedDays,
                            List<DayRange> unavailable) {
        this.hours = hours;
        this.holidays = holidays;
        this.closedDays = Map.copyOf(closedDays);
        this.unavailable = List.copyOf(unavailable);
    }

    /** This calendar for one partner: its unavailable days pause its clock too. */
    public WorkingCalendar forPartner(List<DayRange> partnerUnavailable) {
        return new WorkingCalendar(hours, holidays, closedDays, partnerUnavailable);
    }

    public OfficeHours hours() {
        return hours;
    }

    /** Why {@code day} has no working time at all, or empty on a working day. */
    public Optional<Closure> closureOn(LocalDate day) {
        if (!hours.days().contains(day.getDayOfWeek())) {
            return Optional.of(new Closure(Closure.Kind.WEEKEND,
                    "weekend (" + day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ")"));
        }
        PublicHoliday holiday = holidaysByYear.computeIfAbsent(day.getYear(), holidays::of).get(day);
        if (holiday != null) {
            return Optional.of(Closure.holiday(holiday));
        }
        String closed = closedDays.get(day);
        if (closed != null) {
            return Optional.of(new Closure(Closure.Kind.CLOSED_DAY, closed));
        }
        return unavailable.stream().filter(range -> range.contains(day)).findFirst()
                .map(range -> new Closure(Closure.Kind.PARTNER_UNAVAILABLE, range.reason() == null
                        ? "partner unavailable until " + range.to()
                        : "partner unavailable until " + range.to() + ": " + range.reason()));
    }

    /** Why the clock is not running at {@code moment}, or empty when it is. */
    public Optional<Closure> closureAt(Instant moment) {
        ZonedDateTime local = moment.atZone(hours.zone());
        Optional<Closure> day = closureOn(local.toLocalDate());
        if (day.isPresent()) {
            return day;
        }
        Window window = window(local.toLocalDate());
        if (moment.isBefore(window.opens) || !moment.isBefore(window.closes)) {
            return Optional.of(new Closure(Closure.Kind.OUTSIDE_OFFICE_HOURS,
                    "outside office hours (" + hours.opens() + "-" + hours.closes() + ")"));
        }
        return Optional.empty();
    }

    public boolean isOpen(Instant moment) {
        return closureAt(moment).isEmpty();
    }

    /** {@code moment} itself when the clock runs then, otherwise the start of the next working period. */
    public Instant nextOpening(Instant moment) {
        return plus(moment, Duration.ZERO);
    }

    /** The moment at which {@code workingTime} of working time, counted from {@code start}, has passed. */
    public Instant plus(Instant start, Duration workingTime) {
        if (workingTime.isNegative()) {
            throw new IllegalArgumentException("Working time cannot be negative: " + workingTime);
        }
        Duration remaining = workingTime;
        LocalDate day = start.atZone(hours.zone()).toLocalDate();
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            if (closureOn(day).isPresent()) {
                continue;
            }
            Window window = window(day);
            Instant from = start.isAfter(window.opens) ? start : window.opens;
            if (!from.isBefore(window.closes)) {
                continue;
            }
            Duration available = Duration.between(from, window.closes);
            if (remaining.compareTo(available) <= 0) {
                return from.plus(remaining);
            }
            remaining = remaining.minus(available);
        }
        throw new IllegalStateException("No working time within " + MAX_DAYS + " days of " + start);
    }

    /** The working time between two moments (negative when {@code to} is before {@code from}). */
    public Duration between(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return between(to, from).negated();
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(hours.zone()).toLocalDate();
        for (LocalDate day = from.atZone(hours.zone()).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            if (closureOn(day).isPresent()) {
                continue;
            }
            Window window = window(day);
            Instant start = from.isAfter(window.opens) ? from : window.opens;
            Instant end = to.isBefore(window.closes) ? to : window.closes;
            if (start.isBefore(end)) {
                total = total.plus(Duration.between(start, end));
            }
        }
        return total;
    }

    private Window window(LocalDate day) {
        return new Window(day.atTime(hours.opens()).atZone(hours.zone()).toInstant(),
                day.atTime(hours.closes()).atZone(hours.zone()).toInstant());
    }

    private record Window(Instant opens, Instant closes) {
    }
}
