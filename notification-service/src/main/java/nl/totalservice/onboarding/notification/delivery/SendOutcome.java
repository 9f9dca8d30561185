package nl.totalservice.onboarding.notification.delivery;

import java.util.UUID;

/**
 * What happened to one attempt: accepted by the SMTP server, or the error; {@code permanent} when
 * the server refused the recipient for good (no later attempt can succeed).
 */
public record SendOutcome(UUID notificationId, int attempt, boolean sent, String error, boolean permanent) {

    static SendOutcome sent(OutgoingMail mail) {
        return new SendOutcome(mail.notificationId(), mail.attempt(), true, null, false);
    }

    static SendOutcome failed(OutgoingMail mail, Throwable failure, String error) {
        return new SendOutcome(mail.notificationId(), mail.attempt(), false, error, SmtpRejection.isPermanent(failure));
    }
}
