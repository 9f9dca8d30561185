package nl.totalservice.onboarding.notification.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.totalservice.onboarding.notification.Channels;
import nl.totalservice.onboarding.platform.messaging.outbox.Outbox;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The sender's two transactions around a round of sending: claim due notifications (so that other
 * instances skip them), then record the outcomes and publish them through the outbox.
 */
@ApplicationScoped
public class DeliveryService {

    private static final Logger LOG = Logger.getLogger(DeliveryService.class);

    private final DeliveryConfig config;
    private final Outbox outbox;
    private final Clock clock;
    private final MeterRegistry registry;
    private final NotificationRepository repository;

    public DeliveryService(DeliveryConfig config, Outbox outbox, Clock clock, MeterRegistry registry,
                           NotificationRepository repository) {
        this.repository = repository;
        this.config = config;
        this.outbox = outbox;
        this.clock = clock;
        this.registry = registry;
    }

    /** Claims up to {@code limit} due notifications: each becomes SENDING with its attempt counted. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<OutgoingMail> claimDue(int limit) {
        Instant now = clock.instant();
        List<Notification> due = repository.lockDue(now, limit);
        due.forEach(notification -> notification.startAttempt(now, config.claimLease()));
        return due.stream().map(OutgoingMail::of).toList();
    }

    /**
     * Records the outcomes of one round: SENT, or due again after the backoff, or FAILED after the
     * last allowed attempt or when the server refused the recipient for good; publishes NotificationSent / NotificationFailed in the same transaction.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(List<SendOutcome> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        Map<UUID, SendOutcome> byId = outcomes.stream()
                .collect(Collectors.toMap(SendOutcome::notificationId, Function.identity()));
        List<Notification> rows = repository.lock(byId.keySet());
        Instant now = clock.instant();
        RetryPolicy policy = policy();
        for (Notification notification : rows) {
            record(notification, byId.get(notification.id()), now, policy);
        }
    }

    private void record(Notification notification, SendOutcome outcome, Instant now, RetryPolicy policy) {
        // the event about the outcome continues the trace of the attempt's SMTP span
        try (Scope ignored = outcome.trace() == null ? Scope.noop() : outcome.trace().asParent().makeCurrent()) {
            recordInTrace(notification, outcome, now, policy);
        }
    }

    private void recordInTrace(Notification notification, SendOutcome outcome, Instant now, RetryPolicy policy) {
        if (!notification.isInFlight(outcome.attempt())) {
            // its claim lapsed and another round took it over: that round records the outcome
            LOG.warnf("Outcome of attempt %d of notification %s arrived after its claim lapsed; ignored",
                    outcome.attempt(), notification.id());
            return;
        }
        if (outcome.sent()) {
            notification.markSent(now);
            outbox.publish(Channels.NOTIFICATION_EVENTS, DeliveryEvents.sent(notification, now));
            registry.counter("notifications.sent", "kind", notification.kind().name()).increment();
            return;
        }
        registry.counter("notifications.attempts.failed", "kind", notification.kind().name()).increment();
        if (notification.markAttemptFailed(outcome.error(), outcome.permanent(), now, policy)) {
            outbox.publish(Channels.NOTIFICATION_EVENTS, DeliveryEvents.failed(notification, now));
            registry.counter("notifications.failed", "kind", notification.kind().name()).increment();
            LOG.errorf("Notification %s (%s to %s) FAILED after %d attempts%s: %s", notification.id(),
                    notification.kind(), notification.recipient(), notification.attempts(),
                    outcome.permanent() ? " (recipient refused for good)" : "", outcome.error());
        } else {
            LOG.warnf("Attempt %d of notification %s (%s to %s) failed, next at %s: %s", notification.attempts(),
                    notification.id(), notification.kind(), notification.recipient(),
                    notification.nextAttemptAt(), outcome.error());
        }
    }

    RetryPolicy policy() {
        return new RetryPolicy(config.maxAttempts(), config.initialBackoff(), config.maxBackoff());
    }
}
