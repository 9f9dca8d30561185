package nl.totalservice.onboarding.task.deadlines;

import nl.totalservice.onboarding.task.calendar.Closure;

import java.time.Duration;
import java.time.Instant;

/**
 * Where a task's next deadline stands: which one, whether its clock runs now and, if not, why and
 * until when, and the working time left (negative once passed).
 *
 * @param deadline  which deadline the clock counts down to
 * @param at        when it falls
 * @param counting  how it is counted
 * @param pausedBy  why the clock stands still now, or null while it runs
 * @param resumesAt when the clock runs again, or null while it runs
 * @param left      working time (or elapsed time, when counted around the clock) until the deadline
 */
public record TaskClock(Deadline deadline, Instant at, Counting counting, Closure pausedBy, Instant resumesAt,
                        Duration left) {

    public boolean running() {
        return pausedBy == null;
    }

    /** The deadlines a task's clock counts down to. */
    public enum Deadline {
        /** The assigned partner must accept by then. */
        ACCEPT_BY,
        /** The overdue task returns to the queue then. */
        RETURN_AT,
        /** When sales wants the follow-up done (tasks in the queue). */
        DUE_AT
    }
}
