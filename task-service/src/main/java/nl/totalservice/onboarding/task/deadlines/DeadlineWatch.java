package nl.totalservice.onboarding.task.deadlines;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;

/**
 * Checks deadlines every {@code task.deadlines.check-interval}. Safe with several instances: the
 * claims in {@link DeadlineService} make each deadline fire once, whichever instance finds it.
 */
@ApplicationScoped
public class DeadlineWatch {

    private static final Logger LOG = Logger.getLogger(DeadlineWatch.class);

    private final DeadlineService deadlines;
    private final Clock clock;

    public DeadlineWatch(DeadlineService deadlines, Clock clock) {
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Scheduled(identity = "task-deadlines", every = "${task.deadlines.check-interval:1m}",
            delayed = "${task.deadlines.initial-delay:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        try {
            int fired = deadlines.fireDue(clock.instant());
            if (fired > 0) {
                LOG.infof("Fired %d task deadline(s)", fired);
            }
        } catch (RuntimeException e) {
            // the next run retries: nothing was committed for the failed batch
            LOG.warnf(e, "Deadline check failed; retrying at the next interval");
        }
    }
}
