package nl.totalservice.onboarding.task.calendar.rest;

import nl.totalservice.onboarding.task.calendar.CalendarDay;
import nl.totalservice.onboarding.task.calendar.Closure;
import nl.totalservice.onboarding.task.calendar.OfficeHours;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

@Schema(name = "Calendar", description = "The working calendar partners' deadlines count in")
public record CalendarView(
        @Schema(description = "Time zone of the office hours", examples = "Europe/Amsterdam") String zone,
        @Schema(description = "Days of the week offices work") List<DayOfWeek> workingDays,
        @Schema(description = "Opening time, local", examples = "09:00") LocalTime opens,
        @Schema(description = "Closing time, local", examples = "17:00") LocalTime closes,
        @Schema(description = "Each day asked for") List<DayView> days) {

    @Schema(name = "CalendarDay")
    public record DayView(
            LocalDate date,
            @Schema(description = "Whether the day has working time") boolean working,
            @Schema(description = "Why not: WEEKEND, PUBLIC_HOLIDAY or CLOSED_DAY; null on a working day") Closure.Kind closure,
            @Schema(description = "The holiday's or closed day's name for people; null on a working day",
                    examples = "Koningsdag (King's Day)") String reason) {
    }

    static CalendarView of(OfficeHours hours, List<CalendarDay> days) {
        return new CalendarView(hours.zone().getId(), hours.days().stream().sorted().toList(), hours.opens(), hours.closes(),
                days.stream().map(day -> new DayView(day.date(), day.working(),
                        day.closure() == null ? null : day.closure().kind(),
                        day.closure() == null ? null : day.closure().reason())).toList());
    }
}
