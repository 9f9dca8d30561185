package nl.totalservice.onboarding.platform.testing.infra;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** A received email reduced to what tests and people read: recipients, subject, text and HTML. */
public record ReceivedMail(String from, List<String> to, String subject, String text, String html,
                           String messageId) {

    public static ReceivedMail of(MimeMessage message) {
        try {
            Address[] recipients = message.getRecipients(Message.RecipientType.TO);
            List<String> to = recipients == null ? List.of()
                    : Arrays.stream(recipients).map(Address::toString).toList();
            String from = message.getFrom() == null || message.getFrom().length == 0 ? null
                    : message.getFrom()[0].toString();
            StringBuilder text = new StringBuilder();
            StringBuilder html = new StringBuilder();
            collect(message, text, html);
            return new ReceivedMail(from, to, message.getSubject(), text.toString(), html.toString(),
                    message.getMessageID());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Unreadable message", e);
        }
    }

    private static void collect(Part part, StringBuilder text, StringBuilder html)
            throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            text.append(part.getContent());
        } else if (part.isMimeType("text/html")) {
            html.append(part.getContent());
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, text, html);
            }
        }
    }

    /** Whether {@code address} is one of the recipients (the address itself, with or without a display name). */
    public boolean isTo(String address) {
        return to.stream().map(ReceivedMail::addressOf).anyMatch(recipient -> recipient.equalsIgnoreCase(address.strip()));
    }

    private static String addressOf(String recipient) {
        try {
            return new InternetAddress(recipient).getAddress();
        } catch (AddressException e) {
            return recipient.strip();
        }
    }
}
