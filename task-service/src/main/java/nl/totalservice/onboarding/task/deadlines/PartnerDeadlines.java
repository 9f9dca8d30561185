package nl.totalservice.onboarding.task.deadlines;

import nl.totalservice.onboarding.task.calendar.WorkingCalendar;
import nl.totalservice.onboarding.task.deadlines.DeadlinePolicy.Hold;
import nl.totalservice.onboarding.task.followup.FollowUpTask.AcceptDeadline;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The deadlines of one decision about one partner (an assignment, a call attempt, an overdue task):
 * its calendar is read once, when first needed, and lives only as long as the decision, so the next
 * decision counts with a day the coordinator closed in between.
 */
public final class PartnerDeadlines {

    private final DeadlinePolicy policy;
    private final Supplier<WorkingCalendar> calendar;

    PartnerDeadlines(DeadlinePolicy policy, Supplier<WorkingCalendar> calendar) {
        this.policy = policy;
        this.calendar = new DeadlinePolicy.Once<>(calendar);
    }

    /** The deadlines of an assignment made at {@code assignedAt}. */
    public AcceptDeadline forAssignment(boolean urgent, Instant assignedAt) {
        DeadlineSettings settings = policy.settings();
        Counting counting = policy.counting(urgent);
        Instant acceptBy = after(counting, assignedAt, urgent ? settings.urgentAcceptWithin() : settings.acceptWithin());
        return new AcceptDeadline(acceptBy, after(counting, acceptBy,
                urgent ? settings.urgentReturnAfter() : settings.returnAfter()));
    }

    /**
     * A period of an urgent task's phone call (escalation, retry; {@code task.calls.*}), counted like
     * urgent deadlines: from a moment to the moment it ends.
     */
    public UnaryOperator<Instant> callPeriod(Duration period) {
        Counting counting = policy.counting(true);
        return start -> after(counting, start, period);
    }

    /**
     * Whether an email about a task must wait: empty for at once (urgent, counted around the clock,
     * holding switched off, or the office is open), else until the start of the partner's next
     * working period, with why the office is closed now.
     */
    public Optional<Hold> hold(boolean urgent, Instant now) {
        DeadlineSettings settings = policy.settings();
        if (urgent || !settings.holdPartnerEmails() || settings.counting() == Counting.AROUND_THE_CLOCK) {
            return Optional.empty();
        }
        WorkingCalendar calendar = this.calendar.get();
        return calendar.closureAt(now).map(closure -> new Hold(calendar.nextOpening(now), closure.reason()));
    }

    private Instant after(Counting counting, Instant start, Duration period) {
        return counting == Counting.AROUND_THE_CLOCK ? start.plus(period) : calendar.get().plus(start, period);
    }
}
