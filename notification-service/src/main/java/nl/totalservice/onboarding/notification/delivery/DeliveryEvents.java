package nl.totalservice.onboarding.notification.delivery;

import nl.totalservice.onboarding.notification.delivery.event.NotificationFailed;
import nl.totalservice.onboarding.notification.delivery.event.NotificationSent;

import java.time.Instant;
import java.util.UUID;

/** Builds the events that report a notification's outcome. */
final class DeliveryEvents {

    private DeliveryEvents() {
    }

    static NotificationSent sent(Notification n, Instant now) {
        return new NotificationSent(UUID.randomUUID(), now, n.id(), n.kind().name(), n.channel().name(), n.recipient(),
                n.sourceEventId(), n.sourceEventType(), n.leadId(), n.taskId(), n.partnerId(), n.attempts());
    }

    static NotificationFailed failed(Notification n, Instant now) {
        return new NotificationFailed(UUID.randomUUID(), now, n.id(), n.kind().name(), n.channel().name(), n.recipient(),
                n.sourceEventId(), n.sourceEventType(), n.leadId(), n.taskId(), n.partnerId(), n.attempts(),
                n.lastError());
    }
}
