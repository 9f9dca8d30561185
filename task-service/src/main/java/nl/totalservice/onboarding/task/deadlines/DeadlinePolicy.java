package nl.totalservice.onboarding.task.deadlines;

import jakarta.enterprise.context.ApplicationScoped;
import nl.totalservice.onboarding.task.calendar.Closure;
import nl.totalservice.onboarding.task.calendar.WorkingCalendar;
import nl.totalservice.onboarding.task.followup.FollowUpTask;
import nl.totalservice.onboarding.task.followup.TaskStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

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

    /**
     * The deadlines of one decision about {@code partnerId} (null: the general calendar): its calendar
     * is read at most once for everything that decision computes.
     */
    public PartnerDeadlines of(UUID partnerId) {
        return new PartnerDeadlines(this, () -> calendars.of(partnerId));
    }

    /**
     * For a batch of decisions in one transaction: the general calendar is read at most once, each
     * partner's at most once, and nothing when the batch needs no calendar.
     */
    public Function<UUID, PartnerDeadlines> forBatch() {
        Once<Function<UUID, WorkingCalendar>> page = new Once<>(calendars::forPage);
        return partnerId -> new PartnerDeadlines(this, () -> page.get().apply(partnerId));
    }

    /** An email held until the office opens, and why it is closed now. */
    public record Hold(Instant until, String reason) {
    }

    /**
     * The clock of the task's next deadline in its partner's calendar, or empty when none runs; the
     * calendar is asked for only when a deadline runs in working time.
     */
    public Optional<TaskClock> clockOf(FollowUpTask task, Supplier<WorkingCalendar> partnerCalendar, Instant now) {
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
        WorkingCalendar calendar = partnerCalendar.get();
        Optional<Closure> closure = calendar.closureAt(now);
        return Optional.of(new TaskClock(deadline, at, counting, closure.orElse(null),
                closure.map(ignored -> calendar.nextOpening(now)).orElse(null), calendar.between(now, at)));
    }

    public Counting counting(boolean urgent) {
        return urgent ? settings.urgentCounting() : settings.counting();
    }

    DeadlineSettings settings() {
        return settings;
    }

    /** A value computed on first use, then kept (for one decision or one batch, never longer). */
    static final class Once<T> implements Supplier<T> {

        private final Supplier<T> source;
        private T value;

        Once(Supplier<T> source) {
            this.source = source;
        }

        @Override
        public T get() {
            if (value == null) {
                value = source.get();
            }
            return value;
        }
    }
}
