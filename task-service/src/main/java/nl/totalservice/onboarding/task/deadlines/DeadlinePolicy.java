package nl.totalservice.onboarding.task.deadlines;

import jakarta.enterprise.context.ApplicationScoped;
import nl.totalservice.onboarding.task.followup.FollowUpTask.AcceptDeadline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The one place where a task's deadlines are computed: how long a partner has to accept and when an
 * unanswered task returns to the queue. Periods are counted on the injected clock's time line (in its
 * zone), so a calendar of working hours belongs here and nowhere else.
 */
@ApplicationScoped
public class DeadlinePolicy {

    private final DeadlineSettings settings;
    private final Clock clock;

    public DeadlinePolicy(DeadlineSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The deadlines of an assignment made at {@code assignedAt}. */
    public AcceptDeadline forAssignment(boolean urgent, Instant assignedAt) {
        Instant acceptBy = after(assignedAt, urgent ? settings.urgentAcceptWithin() : settings.acceptWithin());
        return new AcceptDeadline(acceptBy, after(acceptBy, urgent ? settings.urgentReturnAfter() : settings.returnAfter()));
    }

    /** The moment {@code period} after {@code start}: for now plain elapsed time, in the clock's zone. */
    private Instant after(Instant start, Duration period) {
        return start.atZone(clock.getZone()).plus(period).toInstant();
    }
}
