package nl.totalservice.onboarding.notification.delivery;

import java.util.UUID;

/** Which notifications to list; null fields do not filter. {@code ownerEmail} limits a sales caller to its leads. */
public record DeliveryLogFilter(String recipient, String sourceEventId, UUID leadId, UUID taskId, UUID partnerId,
                                NotificationStatus status, NotificationKind kind, String ownerEmail) {

    public DeliveryLogFilter withOwner(String owner) {
        return new DeliveryLogFilter(recipient, sourceEventId, leadId, taskId, partnerId, status, kind, owner);
    }
}
