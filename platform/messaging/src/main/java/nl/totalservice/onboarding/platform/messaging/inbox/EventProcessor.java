package nl.totalservice.onboarding.platform.messaging.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import nl.totalservice.onboarding.platform.database.DatabaseUnavailable;
import nl.totalservice.onboarding.platform.messaging.tracing.MessagingTracer;
import nl.totalservice.onboarding.platform.messaging.tracing.TracedScope;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Handles consumed events exactly once per consumer: each attempt runs in a new transaction that
 * first records the event id in the inbox (a redelivery is skipped) and then calls the handler.
 * Transient failures are retried with backoff; an event that cannot be handled (unreadable,
 * missing headers, rejected, or still failing after the last attempt) goes to {@code <topic>.dlq}
 * and the consumer goes on with the next one.
 *
 * <p>Use it from a blocking, ordered {@code @Incoming} method that receives the {@link ConsumerRecord}, or,
 * with the channel's {@code batch=true}, the whole poll ({@code ConsumerRecords}) for
 * {@link #processBatch}: one transaction (one commit) for the batch, falling back to one transaction
 * per event when any of them fails, so a poison event still goes alone to the dead-letter topic.
 *
 * <p>A failure that says the database is away (stopped, restarting) is not the event's: it is retried
 * until the database is back, without using up the event's attempts.
 *
 * <p>A failure once shutdown began (the database pool or the persistence unit closing) says nothing
 * about the event: it is not retried and never dead-lettered, but thrown as
 * {@link ConsumerStoppedException}, which leaves its offset uncommitted for the next start.
 *
 * <p>Each event is handled in a CONSUMER span that continues the trace of its {@code traceparent}
 * header; events the handler records in the outbox carry that trace on to their consumers.
 */
@ApplicationScoped
public class EventProcessor {

    private static final Logger LOG = Logger.getLogger(EventProcessor.class);

    private final Inbox inbox;
    private final DeadLetterPublisher deadLetters;
    private final ObjectMapper json;
    private final ConsumerConfig config;
    private final MeterRegistry registry;
    private final BatchPersistenceContext persistenceContext;
    private final ShutdownSignal shutdown;
    private final MessagingTracer tracer;

    public EventProcessor(Inbox inbox, DeadLetterPublisher deadLetters, ObjectMapper json, ConsumerConfig config,
                          MeterRegistry registry, BatchPersistenceContext persistenceContext, ShutdownSignal shutdown,
                          MessagingTracer tracer) {
        this.shutdown = shutdown;
        this.tracer = tracer;
        this.inbox = inbox;
        this.deadLetters = deadLetters;
        this.json = json;
        this.config = config;
        this.registry = registry;
        this.persistenceContext = persistenceContext;
    }

    /**
     * Handles {@code record} with the handler registered for its {@code ce_type}; types without a
     * handler are not this consumer's business and are skipped.
     *
     * @param consumer names the effect (e.g. {@code partner-matching}); the inbox de-duplicates per consumer
     */
    public void process(String consumer, ConsumerRecord<String, String> record, Map<String, EventHandler> handlers) {
        Pending pending = accept(consumer, record, handlers);
        if (pending != null) {
            handleAlone(consumer, pending);
        }
    }

    /**
     * Handles a batch of records in their order, as {@link #process} would one by one, but in one
     * transaction: every event still passes the inbox (one statement records the batch's events; a
     * redelivery, or an event that occurs twice in the batch, takes effect once), and when any event
     * fails the whole transaction rolls back and each event is handled again in its own transaction
     * (with retries; one that cannot be handled is dead-lettered and the others are handled once).
     */
    public void processBatch(String consumer, Iterable<ConsumerRecord<String, String>> records,
                             Map<String, EventHandler> handlers) {
        List<Pending> batch = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            Pending pending = accept(consumer, record, handlers);
            if (pending != null) {
                batch.add(pending);
            }
        }
        if (batch.size() == 1) {
            handleAlone(consumer, batch.get(0));
        } else if (!batch.isEmpty() && !handleTogether(consumer, batch)) {
            batch.forEach(pending -> handleAlone(consumer, pending));
        }
    }

    /** The record's event and handler; null when it was dead-lettered (unreadable) or is not this consumer's business. */
    private Pending accept(String consumer, ConsumerRecord<String, String> record, Map<String, EventHandler> handlers) {
        IncomingEvent event;
        try {
            event = IncomingEvent.of(record, json);
        } catch (UnprocessableEventException e) {
            deadLetter(consumer, record, e, 1);
            return null;
        }
        EventHandler handler = handlers.get(event.type());
        return handler == null ? null : new Pending(record, event, handler);
    }

    private void handleAlone(String consumer, Pending pending) {
        Span span = tracer.startProcess(consumer, pending.record(), pending.event().id(), pending.event().type());
        MDC.put("eventId", pending.event().id());
        MDC.put("eventType", pending.event().type());
        MDC.put("consumer", consumer);
        try (TracedScope ignored = TracedScope.open(span)) {
            handleWithRetries(consumer, pending.record(), pending.event(), pending.handler());
        } catch (RuntimeException e) {
            MessagingTracer.fail(span, e);
            throw e;
        } finally {
            span.end();
            MDC.remove("eventId");
            MDC.remove("eventType");
            MDC.remove("consumer");
        }
    }

    /** One transaction for the whole batch; false (nothing committed) when any event failed. */
    private boolean handleTogether(String consumer, List<Pending> batch) {
        MDC.put("consumer", consumer);
        List<Span> spans = new ArrayList<>(batch.size());
        try {
            List<Boolean> firsts = QuarkusTransaction.requiringNew().call(() -> {
                Set<String> firstIds = inbox.firstDeliveries(consumer, batch.stream().map(Pending::event).toList());
                List<Boolean> handled = new ArrayList<>(batch.size());
                for (Pending pending : batch) {
                    Span span = tracer.startProcess(consumer, pending.record(), pending.event().id(), pending.event().type());
                    spans.add(span);
                    try (TracedScope ignored = TracedScope.open(span)) {
                        boolean first = firstIds.remove(pending.event().id());
                        if (first) {
                            pending.handler().handle(pending.event());
                            persistenceContext.afterEvent();
                        }
                        handled.add(first);
                    }
                }
                return handled;
            });
            for (int i = 0; i < batch.size(); i++) {
                count(consumer, batch.get(i).event(), firsts.get(i));
            }
            registry.counter("inbox.batches.committed", "consumer", consumer).increment();
            return true;
        } catch (RuntimeException e) {
            stopIfShuttingDown(consumer, e);
            LOG.infof("A batch of %d events failed in %s; handling them one at a time: %s", batch.size(), consumer,
                    unwrap(e).toString());
            registry.counter("inbox.batches.split", "consumer", consumer).increment();
            // nothing of the batch committed: its spans say so; each event is handled again in a span of its own
            spans.forEach(span -> MessagingTracer.fail(span, unwrap(e)));
            return false;
        } finally {
            spans.forEach(Span::end);
            MDC.remove("consumer");
        }
    }

    private void count(String consumer, IncomingEvent event, boolean first) {
        registry.counter(first ? "inbox.events.handled" : "inbox.events.duplicate",
                "consumer", consumer, "type", event.type()).increment();
        if (!first) {
            LOG.debugf("%s already handled by %s; skipped", event, consumer);
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
                count(consumer, event, first);
                return;
            } catch (RuntimeException e) {
                stopIfShuttingDown(consumer, e);
                Throwable cause = unwrap(e);
                if (DatabaseUnavailable.causes(cause)) {
                    // not the event's fault: wait for the database without using up the event's attempts
                    LOG.warnf("%s waits for the database in %s, retrying in %s: %s", event, consumer, backoff, cause.toString());
                    attempt--;
                    pause(backoff);
                    backoff = min(backoff.multipliedBy(2), config.unavailableRetryInterval());
                    continue;
                }
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

    /** During shutdown a failure is the closing resources', not the event's: give up without a dead letter. */
    private void stopIfShuttingDown(String consumer, RuntimeException failure) {
        if (shutdown.stopping()) {
            LOG.infof("%s stopped by the shutdown; its events stay uncommitted: %s", consumer, unwrap(failure).toString());
            throw new ConsumerStoppedException(consumer, failure);
        }
    }

    private void deadLetter(String consumer, ConsumerRecord<String, String> record, Throwable cause, int attempts) {
        LOG.errorf("Dead-lettering %s/%d@%d for %s after %d attempt(s): %s", record.topic(), record.partition(),
                record.offset(), consumer, attempts, cause.toString());
        MessagingTracer.fail(Span.current(), cause);
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

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying", e);
        }
    }

    private record Pending(ConsumerRecord<String, String> record, IncomingEvent event, EventHandler handler) {
    }
}
