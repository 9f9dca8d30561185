package nl.totalservice.onboarding.notification.delivery;

import io.vertx.ext.mail.SMTPException;

import java.util.Set;

/**
 * Tells a recipient the SMTP server refused for good from a failure worth retrying. Only a
 * permanent (5xx) reply about the address itself counts: 550 / 551 / 553, or an enhanced status
 * 5.1.x (bad mailbox, bad domain, bad address syntax). Everything else (the server away, 4xx,
 * 5xx about the server's own configuration such as failed authentication) is retried: it may be
 * over by the next attempt, and ops can see it in the delivery log meanwhile.
 */
final class SmtpRejection {

    private static final Set<Integer> MAILBOX_REFUSED = Set.of(550, 551, 553);
    private static final int ADDRESSING_SUBJECT = 1;

    private SmtpRejection() {
    }

    /** Whether {@code failure} (or one of its causes) is the server refusing the recipient for good. */
    static boolean isPermanent(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SMTPException smtp && smtp.isPermanent()) {
                return MAILBOX_REFUSED.contains(smtp.getReplyCode()) || addressing(smtp);
            }
        }
        return false;
    }

    private static boolean addressing(SMTPException smtp) {
        SMTPException.EnhancedStatus status = smtp.getEnhancedStatus();
        return status != null && status.getSubject() == ADDRESSING_SUBJECT;
    }
}
