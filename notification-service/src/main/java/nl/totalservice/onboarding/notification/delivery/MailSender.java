package nl.totalservice.onboarding.notification.delivery;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.totalservice.onboarding.notification.message.MessageConfig;
import nl.totalservice.onboarding.platform.messaging.tracing.MessagingTracer;
import nl.totalservice.onboarding.platform.messaging.tracing.TraceContext;

import java.time.Duration;
import java.util.List;

/**
 * Sends a round of mails concurrently over the reactive mailer (its connection pool bounds the
 * concurrency) and reports each one's outcome; a failure never stops the others. Each send is a
 * CLIENT span in the trace of the event that queued the notification.
 */
@ApplicationScoped
public class MailSender {

    private static final AttributeKey<String> NOTIFICATION_ID = AttributeKey.stringKey("notification.id");
    private static final AttributeKey<String> NOTIFICATION_KIND = AttributeKey.stringKey("notification.kind");
    private static final AttributeKey<Long> ATTEMPT = AttributeKey.longKey("notification.attempt");

    private final ReactiveMailer mailer;
    private final DeliveryConfig config;
    private final MessagingTracer tracer;
    private final String from;

    public MailSender(ReactiveMailer mailer, DeliveryConfig config, MessageConfig messages, MessagingTracer tracer) {
        this.mailer = mailer;
        this.config = config;
        this.tracer = tracer;
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
        Span span = tracer.start("smtp send", SpanKind.CLIENT, outgoing.trace());
        span.setAttribute(NOTIFICATION_ID, outgoing.notificationId().toString());
        span.setAttribute(NOTIFICATION_KIND, outgoing.kind().name());
        span.setAttribute(ATTEMPT, (long) outgoing.attempt());
        TraceContext trace = TraceContext.of(span);
        return mailer.send(mail)
                .ifNoItem().after(config.sendTimeout()).fail()
                .onItem().transform(ignored -> SendOutcome.sent(outgoing, trace))
                .onFailure().recoverWithItem(error -> {
                    MessagingTracer.fail(span, error);
                    return SendOutcome.failed(outgoing, error, describe(error), trace);
                })
                .onTermination().invoke(span::end);
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
