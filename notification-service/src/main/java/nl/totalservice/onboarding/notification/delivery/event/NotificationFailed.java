package nl.totalservice.onboarding.notification.delivery.event;

import nl.totalservice.onboarding.platform.messaging.DomainEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * Every allowed attempt to send a notification failed (docs/events.md, notification-events). {@code kind}
 * and {@code channel} are the names of NotificationKind and DeliveryChannel, as in NotificationSent.
 */
public record NotificationFailed(UUID eventId, Instant occurredAt, UUID notificationId, String kind,
                                 String channel, String recipient, String sourceEventId,
                                 String sourceEventType, UUID leadId, UUID taskId, UUID partnerId, int attempts,
                                 String lastError)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return notificationId.toString();
    }
}
