package nl.totalservice.onboarding.notification.delivery;

import nl.totalservice.onboarding.platform.messaging.tracing.TraceContext;

import java.util.UUID;

/**
 * What happened to one attempt: accepted by the SMTP server, or the error; {@code permanent} when
 * the server refused the recipient for good (no later attempt can succeed). {@code trace} (nullable)
 * is the attempt's SMTP span, which the NotificationSent / NotificationFailed event continues.
 */
public record SendOutcome(UUID notificationId, int attempt, boolean sent, String error, boolean permanent,
                          TraceContext trace) {

    static SendOutcome sent(OutgoingMail mail, TraceContext trace) {
        return new SendOutcome(mail.notificationId(), mail.attempt(), true, null, false, trace);
    }

    static SendOutcome failed(OutgoingMail mail, Throwable failure, String error, TraceContext trace) {
        return new SendOutcome(mail.notificationId(), mail.attempt(), false, error, SmtpRejection.isPermanent(failure),
                trace);
    }
}
