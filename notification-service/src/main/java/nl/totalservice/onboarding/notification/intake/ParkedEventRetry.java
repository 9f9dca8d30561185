package nl.totalservice.onboarding.notification.intake;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Handles parked events whose partner became reachable without releasing them: a partner event
 * that committed while the task event was being parked sees no parked row. Each event gets its
 * own transaction, so one that keeps failing does not hold up the others.
 */
@ApplicationScoped
public class ParkedEventRetry {

    private static final Logger LOG = Logger.getLogger(ParkedEventRetry.class);

    private final ParkedEvents parked;
    private final NotificationIntake intake;
    private final IntakeConfig config;
    private volatile boolean stopping;

    public ParkedEventRetry(ParkedEvents parked, NotificationIntake intake, IntakeConfig config) {
        this.parked = parked;
        this.intake = intake;
        this.config = config;
    }

    @Scheduled(identity = "parked-event-retry", every = "${notification.parking.retry-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void retryReleasable() {
        if (stopping) {
            return;
        }
        List<String> ids = QuarkusTransaction.requiringNew()
                .call(() -> parked.releasableIds(config.parking().batchSize()));
        for (String id : ids) {
            if (stopping) {
                return;
            }
            try {
                boolean handled = QuarkusTransaction.requiringNew().call(() -> intake.handleParked(id));
                if (handled) {
                    LOG.infof("Parked event %s handled by the periodic retry", id);
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "Parked event %s could not be handled; it stays parked", id);
            }
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }
}
