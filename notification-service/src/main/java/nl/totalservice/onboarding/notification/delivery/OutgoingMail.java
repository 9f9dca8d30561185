package nl.totalservice.onboarding.notification.delivery;

import nl.totalservice.onboarding.platform.messaging.tracing.TraceContext;

import java.util.UUID;

/**
 * A claimed notification on its way to the SMTP server; {@code attempt} identifies the claim,
 * {@code trace} (nullable) is the trace of the event that queued it.
 */
public record OutgoingMail(UUID notificationId, int attempt, NotificationKind kind, String to, String subject,
                           String text, String html, TraceContext trace) {

    static OutgoingMail of(Notification n) {
        return new OutgoingMail(n.id(), n.attempts(), n.kind(), n.recipient(), n.subject(), n.textBody(),
                n.htmlBody(), n.trace());
    }
}
