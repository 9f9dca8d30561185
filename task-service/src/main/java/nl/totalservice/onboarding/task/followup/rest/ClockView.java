package nl.totalservice.onboarding.task.followup.rest;

import nl.totalservice.onboarding.task.calendar.Closure;
import nl.totalservice.onboarding.task.deadlines.Counting;
import nl.totalservice.onboarding.task.deadlines.TaskClock;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Where the task's next deadline stands, in working time. */
@Schema(name = "DeadlineClock", description = "The clock of the task's next deadline: whether it runs now, why not "
        + "(outside office hours, weekend, public holiday, closed day, partner unavailable) and the working time left")
public record ClockView(
        @Schema(description = "Which deadline the clock counts down to: ACCEPT_BY, RETURN_AT (overdue, back to the "
                + "queue then) or DUE_AT (sales' due time, for tasks in the queue)", examples = "ACCEPT_BY")
        TaskClock.Deadline deadline,
        @Schema(description = "When that deadline falls", examples = "2026-07-07T14:00:00Z")
        Instant deadlineAt,
        @Schema(description = "WORKING_TIME (pauses outside the office's working time) or AROUND_THE_CLOCK "
                + "(urgent tasks, when configured)", examples = "WORKING_TIME")
        Counting counting,
        @Schema(description = "Whether the clock runs now", examples = "false")
        boolean running,
        @Schema(description = "Why the clock is paused now (null while it runs)", nullable = true,
                examples = "PUBLIC_HOLIDAY")
        Closure.Kind pausedBecause,
        @Schema(description = "The pause in words (null while it runs)", nullable = true,
                examples = "Koningsdag (King's Day)")
        String pausedReason,
        @Schema(description = "When the clock runs again (null while it runs)", nullable = true,
                examples = "2026-04-28T07:00:00Z")
        Instant resumesAt,
        @Schema(description = "Working time left until the deadline, ISO-8601 (negative once passed)", examples = "PT7H30M")
        String workingTimeLeft,
        @Schema(description = "The same in whole minutes, for sorting and display", examples = "450")
        long workingMinutesLeft,
        @Schema(description = "For people, in the office's time zone", examples = "paused: Koningsdag (King's Day) until Tue 28 Apr 09:00")
        String summary) {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    static ClockView of(TaskClock clock, ZoneId zone) {
        Duration left = clock.left();
        return new ClockView(clock.deadline(), clock.at(), clock.counting(), clock.running(),
                clock.running() ? null : clock.pausedBy().kind(), clock.running() ? null : clock.pausedBy().reason(),
                clock.resumesAt(), left.toString(), left.toMinutes(), summary(clock, zone));
    }

    private static String summary(TaskClock clock, ZoneId zone) {
        String left = clock.left().isNegative()
                ? "passed " + words(clock.left().negated()) + " ago"
                : words(clock.left()) + " left";
        if (clock.running()) {
            return "running: " + left;
        }
        return "paused: " + clock.pausedBy().reason() + " until " + LOCAL.format(clock.resumesAt().atZone(zone))
                + "; " + left;
    }

    private static String words(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes < 60 ? minutes + "m" : minutes / 60 + "h " + minutes % 60 + "m";
    }
}
