package nl.totalservice.onboarding.platform.messaging.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.time.Duration;
import java.util.Map;

/**
 * Handles consumed events exactly once per consumer: each attempt runs in a new transaction that
 * first records the event id in the inbox (a redelivery is skipped) and then calls the handler.
 * Transient failures are retried with backoff; an event that cannot be handled (unreadable,
 * missing headers, rejected, or still failing after the last attempt) goes to {@code <topic>.dlq}
 * and the consumer goes on with the next one.
 *
 * <p>Use it from a blocking, ordered {@code @Incoming} method that receives the {@link ConsumerRecord}.
 */
@ApplicationScoped
public class EventProcessor {

    private static final Logger LOG = Logger.getLogger(EventProcessor.class);

    private final Inbox inbox;
    private final DeadLetterPublisher deadLetters;
    private final ObjectMapper json;
    private final ConsumerConfig config;
    private final MeterRegistry registry;

    public EventProcessor(Inbox inbox, DeadLetterPublisher deadLetters, ObjectMapper json, ConsumerConfig config,
                          MeterRegistry registry) {
        this.inbox = inbox;
        this.deadLetters = deadLetters;
        this.json = json;
        this.config = config;
        this.registry = registry;
    }

    /**
     * Handles {@code record} with the handler registered for its {@code ce_type}; types without a
     * handler are not this consumer's business and are skipped.
     *
     * @param consumer names the effect (e.g. {@code partner-matching}); the inbox de-duplicates per consumer
     */
    public void process(String consumer, ConsumerRecord<String, String> record, Map<String, EventHandler> handlers) {
        IncomingEvent event;
        try {
            event = IncomingEvent.of(record, json);
        } catch (UnprocessableEventException e) {
            deadLetter(consumer, record, e, 1);
            return;
        }
        EventHandler handler = handlers.get(event.type());
        if (handler == null) {
            return;
        }
        MDC.put("eventId", event.id());
        MDC.put("eventType", event.type());
        MDC.put("consumer", consumer);
        try {
            handleWithRetries(consumer, record, event, handler);
        } finally {
            MDC.remove("eventId");
            MDC.remove("eventType");
            MDC.remove("consumer");
        }
    }

    private void handleWithRetries(String consumer, ConsumerRecord<String, String> record, IncomingEvent event,
                                   EventHandler handler) {
        Duration backoff = config.initialBackoff();
        for (int attempt = 1; ; attempt++) {
            try {
                boolean first = QuarkusTransaction.requiringNew().call(() -> {
                    if (!inbox.firstDelivery(consumer, event)) {
                        return false;
                    }
                    handler.handle(event);
                    return true;
                });
                registry.counter(first ? "inbox.events.handled" : "inbox.events.duplicate",
                        "consumer", consumer, "type", event.type()).increment();
                if (!first) {
                    LOG.debugf("%s already handled by %s; skipped", event, consumer);
                }
                return;
            } catch (RuntimeException e) {
                Throwable cause = unwrap(e);
                if (isUnprocessable(cause) || attempt >= config.maxAttempts()) {
                    deadLetter(consumer, record, cause, attempt);
                    return;
                }
                LOG.warnf("%s failed in %s (attempt %d of %d), retrying in %s: %s", event, consumer, attempt,
                        config.maxAttempts(), backoff, cause.toString());
                pause(backoff);
                backoff = backoff.multipliedBy(2);
            }
        }
    }

    private void deadLetter(String consumer, ConsumerRecord<String, String> record, Throwable cause, int attempts) {
        LOG.errorf("Dead-lettering %s/%d@%d for %s after %d attempt(s): %s", record.topic(), record.partition(),
                record.offset(), consumer, attempts, cause.toString());
        deadLetters.publish(consumer, record, cause, attempts);
        registry.counter("inbox.events.dead_lettered", "consumer", consumer, "topic", record.topic()).increment();
    }

    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while (current.getCause() != null && current.getCause() != current
                && (current instanceof io.quarkus.narayana.jta.QuarkusTransactionException
                || current.getClass().getName().startsWith("jakarta.transaction")
                || current instanceof java.util.concurrent.CompletionException)) {
            current = current.getCause();
        }
        return current;
    }

    /** Failures that no retry can mend. */
    private static boolean isUnprocessable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnprocessableEventException || t instanceof JsonProcessingException
                    || t instanceof IllegalArgumentException) {
                return true;
            }
        }
        return false;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying", e);
        }
    }
}
