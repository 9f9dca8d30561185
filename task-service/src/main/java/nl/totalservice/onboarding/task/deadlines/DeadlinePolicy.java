package nl.totalservice.onboarding.task.deadlines;

import jakarta.enterprise.context.ApplicationScoped;
import nl.totalservice.onboarding.task.calendar.Closure;
import nl.totalservice.onboarding.task.calendar.WorkingCalendar;
import nl.totalservice.onboarding.task.followup.FollowUpTask;
import nl.totalservice.onboarding.task.followup.FollowUpTask.AcceptDeadline;
import nl.totalservice.onboarding.task.followup.TaskStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The one place where a task's deadlines are computed: how long a partner has to accept, when an
 * unanswered task returns to the queue, when an unmade call escalates and when an email may go out.
 * Periods are working time in the partner's calendar (office hours minus holidays, closed days and
 * the partner's unavailability) unless {@link DeadlineSettings} counts them around the clock.
 */
@ApplicationScoped
public class DeadlinePolicy {

    private final DeadlineSettings settings;
    private final PartnerCalendars calendars;

    public DeadlinePolicy(DeadlineSettings settings, PartnerCalendars calendars) {
        this.settings = settings;
        this.calendars = calendars;
    }

    /** The deadlines of an assignment of a task to {@code partnerId} made at {@code assignedAt}. */
    public AcceptDeadline forAssignment(boolean urgent, UUID partnerId, Instant assignedAt) {
        WorkingCalendar calendar = calendars.of(partnerId);
        Counting counting = counting(urgent);
        Instant acceptBy = after(calendar, counting, assignedAt,
                urgent ? settings.urgentAcceptWithin() : settings.acceptWithin());
        return new AcceptDeadline(acceptBy, after(calendar, counting, acceptBy,
                urgent ? settings.urgentReturnAfter() : settings.returnAfter()));
    }

    /**
     * A period of an urgent task's phone call to {@code partnerId} (escalation, retry; {@code task.calls.*}),
     * counted like urgent deadlines: from a moment to the moment it ends.
     */
    public UnaryOperator<Instant> callPeriod(UUID partnerId, Duration period) {
        WorkingCalendar calendar = calendars.of(partnerId);
        return start -> after(calendar, counting(true), start, period);
    }

    /**
     * Whether an email about a task to {@code partnerId} must wait: empty for at once (urgent, counted
     * around the clock, holding switched off, or the office is open), else until the start of the partner's next working
     * period, with why the office is closed now.
     */
    public Optional<Hold> hold(boolean urgent, UUID partnerId, Instant now) {
        if (urgent || !settings.holdPartnerEmails() || settings.counting() == Counting.AROUND_THE_CLOCK) {
            return Optional.empty();
        }
        WorkingCalendar calendar = calendars.of(partnerId);
        return calendar.closureAt(now).map(closure -> new Hold(calendar.nextOpening(now), closure.reason()));
    }

    /** An email held until the office opens, and why it is closed now. */
    public record Hold(Instant until, String reason) {
    }

    /** The clock of the task's next deadline in {@code calendar} (its partner's), or empty when none runs. */
    public Optional<TaskClock> clockOf(FollowUpTask task, WorkingCalendar calendar, Instant now) {
        TaskClock.Deadline deadline;
        Instant at;
        if (task.status() == TaskStatus.ASSIGNED && task.acceptBy() != null) {
            boolean overdue = task.overdueAt() != null || !now.isBefore(task.acceptBy());
            deadline = overdue ? TaskClock.Deadline.RETURN_AT : TaskClock.Deadline.ACCEPT_BY;
            at = overdue ? task.returnAt() : task.acceptBy();
        } else if (task.status() == TaskStatus.OPEN && task.dueAt() != null) {
            deadline = TaskClock.Deadline.DUE_AT;
            at = task.dueAt();
        } else {
            return Optional.empty();
        }
        Counting counting = counting(task.urgent());
        if (counting == Counting.AROUND_THE_CLOCK) {
            return Optional.of(new TaskClock(deadline, at, counting, null, null, Duration.between(now, at)));
        }
        Optional<Closure> closure = calendar.closureAt(now);
        return Optional.of(new TaskClock(deadline, at, counting, closure.orElse(null),
                closure.map(ignored -> calendar.nextOpening(now)).orElse(null), calendar.between(now, at)));
    }

    public Counting counting(boolean urgent) {
        return urgent ? settings.urgentCounting() : settings.counting();
    }

    private static Instant after(WorkingCalendar calendar, Counting counting, Instant start, Duration period) {
        return counting == Counting.AROUND_THE_CLOCK ? start.plus(period) : calendar.plus(start, period);
    }
}
