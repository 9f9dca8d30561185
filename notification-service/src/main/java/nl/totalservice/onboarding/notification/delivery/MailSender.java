package nl.totalservice.onboarding.notification.delivery;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.totalservice.onboarding.notification.message.MessageConfig;

import java.time.Duration;
import java.util.List;

/**
 * Sends a round of mails concurrently over the reactive mailer (its connection pool bounds the
 * concurrency) and reports each one's outcome; a failure never stops the others.
 */
@ApplicationScoped
public class MailSender {

    private final ReactiveMailer mailer;
    private final DeliveryConfig config;
    private final String from;

    public MailSender(ReactiveMailer mailer, DeliveryConfig config, MessageConfig messages) {
        this.mailer = mailer;
        this.config = config;
        this.from = messages.from();
    }

    /** Sends every mail and waits for all outcomes (blocking: call it from a worker thread). */
    public List<SendOutcome> sendAll(List<OutgoingMail> mails) {
        if (mails.isEmpty()) {
            return List.of();
        }
        List<Uni<SendOutcome>> sends = mails.stream().map(this::send).toList();
        Duration timeout = config.sendTimeout().plusSeconds(5);
        return Uni.join().all(sends).andFailFast().await().atMost(timeout);
    }

    private Uni<SendOutcome> send(OutgoingMail outgoing) {
        Mail mail = Mail.withText(outgoing.to(), outgoing.subject(), outgoing.text())
                .setHtml(outgoing.html())
                .setFrom(from)
                .addHeader("X-Notification-Id", outgoing.notificationId().toString())
                .addHeader("X-Notification-Kind", outgoing.kind().name());
        return mailer.send(mail)
                .ifNoItem().after(config.sendTimeout()).fail()
                .onItem().transform(ignored -> SendOutcome.sent(outgoing))
                .onFailure().recoverWithItem(error -> SendOutcome.failed(outgoing, error, describe(error)));
    }

    private static String describe(Throwable error) {
        StringBuilder text = new StringBuilder(error.getClass().getSimpleName()).append(": ").append(error.getMessage());
        Throwable cause = error.getCause();
        if (cause != null && cause != error) {
            text.append(" (").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage())
                    .append(')');
        }
        return text.toString();
    }
}
