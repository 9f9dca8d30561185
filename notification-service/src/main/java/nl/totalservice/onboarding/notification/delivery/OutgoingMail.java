package nl.totalservice.onboarding.notification.delivery;

import java.util.UUID;

/** A claimed notification on its way to the SMTP server; {@code attempt} identifies the claim. */
public record OutgoingMail(UUID notificationId, int attempt, NotificationKind kind, String to, String subject,
                           String text, String html) {

    static OutgoingMail of(Notification n) {
        return new OutgoingMail(n.id(), n.attempts(), n.kind(), n.recipient(), n.subject(), n.textBody(),
                n.htmlBody());
    }
}
