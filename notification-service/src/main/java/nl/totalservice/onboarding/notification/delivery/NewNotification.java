package nl.totalservice.onboarding.notification.delivery;

import nl.totalservice.onboarding.notification.message.Language;
import nl.totalservice.onboarding.notification.message.RenderedMessage;

import java.util.UUID;

/**
 * A message to queue: who gets what, and which event caused it ({@code leadName}: the customer's
 * company, if known; {@code hold}: not before the recipient's office opens, or null for at once).
 */
public record NewNotification(NotificationKind kind, String recipient, String recipientName, Language language,
                              RenderedMessage message, String sourceEventId, String sourceEventType,
                              UUID leadId, String leadName, UUID taskId, UUID partnerId, String ownerEmail,
                              Hold hold) {
}
