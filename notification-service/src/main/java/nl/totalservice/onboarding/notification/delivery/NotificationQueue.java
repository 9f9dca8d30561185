package nl.totalservice.onboarding.notification.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.totalservice.onboarding.notification.NotificationConfig;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.Optional;

/**
 * Queues notifications in the caller's transaction (the consumer's): nothing is sent here. Each
 * (source event, recipient, kind) is queued once; the sender picks it up after the commit.
 */
@ApplicationScoped
public class NotificationQueue {

    private static final Logger LOG = Logger.getLogger(NotificationQueue.class);

    private final NotificationConfig config;
    private final Clock clock;
    private final MeterRegistry registry;
    private final DeliverySignal signal;

    public NotificationQueue(NotificationConfig config, Clock clock, MeterRegistry registry, DeliverySignal signal) {
        this.config = config;
        this.clock = clock;
        this.registry = registry;
        this.signal = signal;
    }

    /** Queues {@code spec} unless that message already exists; returns the new notification, if any. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Notification> enqueue(NewNotification spec) {
        String recipient = Notification.normalise(spec.recipient());
        long existing = Notification.count("sourceEventId = ?1 and recipient = ?2 and kind = ?3",
                spec.sourceEventId(), recipient, spec.kind());
        if (existing > 0) {
            LOG.debugf("%s for %s about event %s exists already; not queued again", spec.kind(), recipient,
                    spec.sourceEventId());
            return Optional.empty();
        }
        Notification notification = Notification.create(spec, config.delivery().maxAttempts(), clock.instant());
        notification.persist();
        signal.wakeAfterCommit();
        registry.counter("notifications.queued", "kind", spec.kind().name()).increment();
        return Optional.of(notification);
    }
}
