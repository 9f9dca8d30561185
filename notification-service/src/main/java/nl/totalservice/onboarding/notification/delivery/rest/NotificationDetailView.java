package nl.totalservice.onboarding.notification.delivery.rest;

import nl.totalservice.onboarding.notification.delivery.Notification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NotificationDetail", description = "A notification with its full message and delivery history.")
public record NotificationDetailView(
        @Schema(description = "Delivery state and references") NotificationSummaryView notification,
        @Schema(description = "Name of the recipient, if known", examples = "Jan Jansen") String recipientName,
        @Schema(description = "Language of the message", examples = "nl") String language,
        @Schema(description = "Attempts allowed before it is marked FAILED (grows with each manual retry)",
                examples = "8") int attemptLimit,
        @Schema(description = "How often ops re-queued it by hand", examples = "0") int manualRetries,
        @Schema(description = "Who re-queued it last, if anyone", examples = "olaf@totalservice.nl") String lastRetriedBy,
        @Schema(description = "Plain-text body", examples = "Beste Jan Jansen, ...") String text,
        @Schema(description = "HTML body", examples = "<!DOCTYPE html><html lang=\"nl\">...") String html) {

    static NotificationDetailView of(Notification n) {
        return new NotificationDetailView(NotificationSummaryView.of(n), n.recipientName(), n.language(), n.attemptLimit(),
                n.manualRetries(), n.lastRetriedBy(), n.textBody(), n.htmlBody());
    }
}
