package nl.totalservice.onboarding.notification.delivery.event;

import nl.totalservice.onboarding.notification.delivery.DeliveryChannel;
import nl.totalservice.onboarding.notification.delivery.NotificationKind;
import nl.totalservice.onboarding.platform.messaging.DomainEvent;

import java.time.Instant;
import java.util.UUID;

/** The SMTP server accepted a notification (docs/events.md, notification-events). */
public record NotificationSent(UUID eventId, Instant occurredAt, UUID notificationId, NotificationKind kind,
                               DeliveryChannel channel, String recipient, String sourceEventId,
                               String sourceEventType, UUID leadId, UUID taskId, UUID partnerId, int attempts)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return notificationId.toString();
    }
}
