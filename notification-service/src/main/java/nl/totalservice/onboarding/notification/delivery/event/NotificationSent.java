package nl.totalservice.onboarding.notification.delivery.event;

import nl.totalservice.onboarding.platform.messaging.DomainEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * The SMTP server accepted a notification (docs/events.md, notification-events). {@code kind} and
 * {@code channel} are the names of the delivery capability's NotificationKind and DeliveryChannel (an
 * event knows no domain class, so that the domain may build it).
 */
public record NotificationSent(UUID eventId, Instant occurredAt, UUID notificationId, String kind,
                               String channel, String recipient, String sourceEventId,
                               String sourceEventType, UUID leadId, UUID taskId, UUID partnerId, int attempts)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return notificationId.toString();
    }
}
