package nl.totalservice.onboarding.notification.delivery;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.totalservice.onboarding.platform.database.DatabaseUnavailable;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;

/**
 * The sender: on its own thread from start-up to shut-down, it runs a round whenever notifications
 * were queued (woken on commit) and at least every poll interval (for retries that came due). A
 * round claims a batch, sends it concurrently and records the outcomes; rounds repeat while batches
 * come back full. Claims skip rows another instance holds, so several instances can send side by side.
 */
@ApplicationScoped
public class DeliveryLoop {

    private static final Logger LOG = Logger.getLogger(DeliveryLoop.class);
    private static final Duration MAX_PAUSE_AFTER_ERROR = Duration.ofSeconds(30);

    private final DeliveryService delivery;
    private final MailSender sender;
    private final DeliverySignal signal;
    private final DeliveryConfig config;
    private volatile boolean running;
    private Thread thread;

    public DeliveryLoop(DeliveryService delivery, MailSender sender, DeliverySignal signal, DeliveryConfig config) {
        this.delivery = delivery;
        this.sender = sender;
        this.signal = signal;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            LOG.info("Sending disabled on this instance (notification.delivery.enabled=false)");
            return;
        }
        running = true;
        thread = new Thread(this::run, "notification-sender");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        Thread current = thread;
        if (current != null) {
            signal.wake();
            try {
                current.join(config.sendTimeout().plusSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        Duration pause = config.pollInterval();
        while (running) {
            try {
                signal.await(pause);
                deliverDue();
                pause = config.pollInterval();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // database away: claimed rows come due again after their lease; wait longer each time
                LOG.warnf("Delivery round failed, next in %s: %s", pause, e.toString());
                pause = pause.multipliedBy(2).compareTo(MAX_PAUSE_AFTER_ERROR) > 0 ? MAX_PAUSE_AFTER_ERROR
                        : pause.multipliedBy(2);
            }
        }
    }

    /** Runs rounds until no full batch is due. */
    void deliverDue() {
        int batchSize = config.batchSize();
        while (running) {
            List<OutgoingMail> claimed = delivery.claimDue(batchSize);
            if (claimed.isEmpty()) {
                return;
            }
            record(sender.sendAll(claimed));
            if (claimed.size() < batchSize) {
                return;
            }
        }
    }

    private void record(List<SendOutcome> outcomes) {
        Duration pause = config.pollInterval();
        while (true) {
            try {
                delivery.record(outcomes);
                return;
            } catch (RuntimeException failure) {
                if (!running || !DatabaseUnavailable.causes(failure)) {
                    recordOneByOne(outcomes, failure);
                    return;
                }
                // the mails went out: keep their outcomes until the database is back, or its claims lapse and they go twice
                LOG.warnf("Recording %d outcomes waits for the database, next try in %s: %s", outcomes.size(), pause,
                        failure.toString());
                if (!sleep(pause)) {
                    return;
                }
                pause = pause.multipliedBy(2).compareTo(MAX_PAUSE_AFTER_ERROR) > 0 ? MAX_PAUSE_AFTER_ERROR : pause.multipliedBy(2);
            }
        }
    }

    private static boolean sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void recordOneByOne(List<SendOutcome> outcomes, RuntimeException batchFailure) {
        // one bad row must not leave the whole round unrecorded (it would be sent again after the lease)
        LOG.warnf("Recording %d outcomes at once failed, recording them one by one: %s", outcomes.size(),
                batchFailure.toString());
        for (SendOutcome outcome : outcomes) {
            try {
                delivery.record(List.of(outcome));
            } catch (RuntimeException e) {
                LOG.errorf(e, "Could not record the outcome of notification %s; due again after its claim lapses",
                        outcome.notificationId());
            }
        }
    }
}
