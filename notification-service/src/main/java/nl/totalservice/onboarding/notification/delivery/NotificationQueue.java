package nl.totalservice.onboarding.notification.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Queues notifications in the caller's transaction (the consumer's): nothing is sent here. Each
 * (source event, recipient, kind) is queued once; the sender picks it up after the commit.
 */
@ApplicationScoped
public class NotificationQueue {

    private static final Logger LOG = Logger.getLogger(NotificationQueue.class);

    private final DeliveryConfig config;
    private final Clock clock;
    private final MeterRegistry registry;
    private final DeliverySignal signal;
    private final NotificationRepository repository;

    public NotificationQueue(DeliveryConfig config, Clock clock, MeterRegistry registry, DeliverySignal signal,
                             NotificationRepository repository) {
        this.repository = repository;
        this.config = config;
        this.clock = clock;
        this.registry = registry;
        this.signal = signal;
    }

    /** Queues {@code spec} unless that message already exists; returns the new notification's id, if any. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> enqueue(NewNotification spec) {
        Notification notification = Notification.create(spec, config.maxAttempts(), clock.instant());
        // one statement, and the unique key decides: a message that exists is not queued again
        if (!repository.insertUnlessExists(notification)) {
            LOG.debugf("%s for %s about event %s exists already; not queued again", spec.kind(),
                    notification.recipient(), spec.sourceEventId());
            return Optional.empty();
        }
        signal.wakeAfterCommit();
        registry.counter("notifications.queued", "kind", spec.kind().name()).increment();
        return Optional.of(notification.id());
    }
}
