package nl.totalservice.onboarding.notification.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hibernate.query.NativeQuery;
import nl.totalservice.onboarding.notification.NotificationConfig;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Queues notifications in the caller's transaction (the consumer's): nothing is sent here. Each
 * (source event, recipient, kind) is queued once; the sender picks it up after the commit.
 */
@ApplicationScoped
public class NotificationQueue {

    private static final Logger LOG = Logger.getLogger(NotificationQueue.class);

    private static final String INSERT_UNLESS_EXISTS = "insert into notification (id, kind, channel, status, "
            + "recipient, recipient_name, language, subject, text_body, html_body, source_event_id, "
            + "source_event_type, lead_id, lead_name, task_id, partner_id, owner_email, attempts, attempt_limit, "
            + "manual_retries, next_attempt_at, created_at, version) values (:id, :kind, :channel, :status, "
            + ":recipient, :recipientName, :language, :subject, :textBody, :htmlBody, :sourceEventId, "
            + ":sourceEventType, :leadId, :leadName, :taskId, :partnerId, :ownerEmail, 0, :attemptLimit, 0, :now, :now, 0) "
            + "on conflict on constraint notification_once do nothing";

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

    /** Queues {@code spec} unless that message already exists; returns the new notification's id, if any. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> enqueue(NewNotification spec) {
        Notification notification = Notification.create(spec, config.delivery().maxAttempts(), clock.instant());
        // one statement, and the unique key decides: a message that exists is not queued again
        int inserted = Panache.getEntityManager().createNativeQuery(INSERT_UNLESS_EXISTS).unwrap(NativeQuery.class)
                .setParameter("id", notification.id(), UUID.class)
                .setParameter("kind", notification.kind().name(), String.class)
                .setParameter("channel", notification.channel().name(), String.class)
                .setParameter("status", notification.status().name(), String.class)
                .setParameter("recipient", notification.recipient(), String.class)
                .setParameter("recipientName", notification.recipientName(), String.class)
                .setParameter("language", notification.language(), String.class)
                .setParameter("subject", notification.subject(), String.class)
                .setParameter("textBody", notification.textBody(), String.class)
                .setParameter("htmlBody", notification.htmlBody(), String.class)
                .setParameter("sourceEventId", notification.sourceEventId(), String.class)
                .setParameter("sourceEventType", notification.sourceEventType(), String.class)
                .setParameter("leadId", notification.leadId(), UUID.class)
                .setParameter("leadName", notification.leadName(), String.class)
                .setParameter("taskId", notification.taskId(), UUID.class)
                .setParameter("partnerId", notification.partnerId(), UUID.class)
                .setParameter("ownerEmail", notification.ownerEmail(), String.class)
                .setParameter("attemptLimit", notification.attemptLimit(), Integer.class)
                .setParameter("now", notification.createdAt(), Instant.class)
                .executeUpdate();
        if (inserted == 0) {
            LOG.debugf("%s for %s about event %s exists already; not queued again", spec.kind(),
                    notification.recipient(), spec.sourceEventId());
            return Optional.empty();
        }
        signal.wakeAfterCommit();
        registry.counter("notifications.queued", "kind", spec.kind().name()).increment();
        return Optional.of(notification.id());
    }
}
