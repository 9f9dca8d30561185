package nl.totalservice.onboarding.notification.support;

import nl.totalservice.onboarding.platform.testing.infra.ReceivedMail;
import nl.totalservice.onboarding.platform.testing.infra.SmtpServer;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/** Reads what the real SMTP server received; tests filter by their own unique recipients and subjects. */
public final class Mailbox {

    private Mailbox() {
    }

    public static List<ReceivedMail> mailsTo(SmtpServer smtp, String recipient) {
        return smtp.receivedMail().stream().filter(mail -> mail.to().stream()
                .map(Mailbox::address).anyMatch(recipient::equalsIgnoreCase)).toList();
    }

    public static List<ReceivedMail> mailsTo(SmtpServer smtp, String recipient, String subjectPart) {
        return mailsTo(smtp, recipient).stream().filter(mail -> mail.subject().contains(subjectPart)).toList();
    }

    /** The bare address of {@code "Name <address>"} or {@code "address"}. */
    private static String address(String to) {
        int open = to.indexOf('<');
        return open >= 0 && to.endsWith(">") ? to.substring(open + 1, to.length() - 1) : to.trim();
    }

    /** Waits until a mail to {@code recipient} matches and returns it. */
    public static ReceivedMail awaitMail(SmtpServer smtp, String recipient, Predicate<ReceivedMail> matching) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> mailsTo(smtp, recipient).stream().filter(matching).findFirst(),
                        found -> found.isPresent())
                .orElseThrow();
    }

    public static ReceivedMail awaitMail(SmtpServer smtp, String recipient, String subjectPart) {
        return awaitMail(smtp, recipient, mail -> mail.subject().contains(subjectPart));
    }
}
