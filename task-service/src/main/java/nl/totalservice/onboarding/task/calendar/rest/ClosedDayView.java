package nl.totalservice.onboarding.task.calendar.rest;

import nl.totalservice.onboarding.task.calendar.ClosedDay;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

@Schema(name = "ClosedDay", description = "A day closed for every partner: deadlines do not count it")
public record ClosedDayView(
        @Schema(examples = "2026-12-31") LocalDate day,
        @Schema(examples = "Company day between Christmas and New Year") String reason,
        @Schema(description = "Who closed it") String closedBy,
        Instant closedAt) {

    static ClosedDayView of(ClosedDay day) {
        return new ClosedDayView(day.day(), day.reason(), day.closedBy(), day.closedAt());
    }
}
