package nl.totalservice.onboarding.notification.delivery;

import io.vertx.ext.mail.SMTPException;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a recipient the SMTP server refused for good from a failure worth retrying. Only a
 * permanent (5xx) answer to RCPT TO about the address itself counts: an enhanced status 5.1.x
 * (bad mailbox, bad domain, bad address syntax), or, from a server without enhanced status codes,
 * 550 / 551 / 553. Everything else is retried: the server away, 4xx, a refused sender (MAIL FROM)
 * and 5xx about the server's own policy such as relaying denied or failed authentication (our
 * configuration, not the address: it may be fixed by the next attempt, and ops see it in the log).
 */
final class SmtpRejection {

    /** How the Vert.x mail client starts the message of a refused RCPT TO. */
    private static final String RECIPIENT_REFUSED = "recipient address not accepted";
    private static final Set<Integer> MAILBOX_REFUSED = Set.of(550, 551, 553);
    /** RFC 3463 enhanced status at the start of the reply text, after the reply code: class.subject.detail. */
    private static final Pattern ENHANCED_STATUS = Pattern.compile("^\\d{3}[ -]([245])\\.(\\d{1,3})\\.\\d{1,3}\\b");

    private SmtpRejection() {
    }

    /** Whether {@code failure} (or one of its causes) is the server refusing the recipient for good. */
    static boolean isPermanent(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SMTPException smtp) {
                return smtp.isPermanent() && smtp.getMessage() != null && smtp.getMessage().startsWith(RECIPIENT_REFUSED)
                        && refusesTheAddress(smtp);
            }
        }
        return false;
    }

    private static boolean refusesTheAddress(SMTPException smtp) {
        String reply = smtp.getReplyMessages().isEmpty() ? "" : smtp.getReplyMessages().get(0);
        Matcher status = ENHANCED_STATUS.matcher(reply);
        if (status.find()) {
            return "1".equals(status.group(2));
        }
        return MAILBOX_REFUSED.contains(smtp.getReplyCode());
    }
}
