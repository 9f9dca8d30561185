package nl.totalservice.onboarding.notification.delivery.event;

import nl.totalservice.onboarding.notification.delivery.DeliveryChannel;
import nl.totalservice.onboarding.notification.delivery.NotificationKind;
import nl.totalservice.onboarding.platform.messaging.DomainEvent;

import java.time.Instant;
import java.util.UUID;

/** Every allowed attempt to send a notification failed (docs/events.md, notification-events). */
public record NotificationFailed(UUID eventId, Instant occurredAt, UUID notificationId, NotificationKind kind,
                                 DeliveryChannel channel, String recipient, String sourceEventId,
                                 String sourceEventType, UUID leadId, UUID taskId, UUID partnerId, int attempts,
                                 String lastError)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return notificationId.toString();
    }
}
