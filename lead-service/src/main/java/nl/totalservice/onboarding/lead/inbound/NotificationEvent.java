package nl.totalservice.onboarding.lead.inbound;

import java.time.Instant;
import java.util.UUID;

/** lead-service's reading of NotificationSent and NotificationFailed (notification-events). */
public record NotificationEvent(Instant occurredAt, UUID notificationId, String kind, String channel,
                                String recipient, UUID leadId, UUID taskId, Integer attempts, String lastError) {

    String summary(String type) {
        String what = kind + " " + (channel == null ? "message" : channel.toLowerCase(java.util.Locale.ROOT))
                + " to " + recipient;
        if ("NotificationFailed".equals(type)) {
            return "Could not send " + what + (attempts == null ? "" : " after " + attempts + " attempts")
                    + (lastError == null ? "" : ": " + lastError);
        }
        return "Sent " + what;
    }
}
