package nl.totalservice.onboarding.notification.delivery;

import java.util.UUID;

/** What happened to one attempt: accepted by the SMTP server, or the error. */
public record SendOutcome(UUID notificationId, int attempt, boolean sent, String error) {

    static SendOutcome sent(OutgoingMail mail) {
        return new SendOutcome(mail.notificationId(), mail.attempt(), true, null);
    }

    static SendOutcome failed(OutgoingMail mail, String error) {
        return new SendOutcome(mail.notificationId(), mail.attempt(), false, error);
    }
}
