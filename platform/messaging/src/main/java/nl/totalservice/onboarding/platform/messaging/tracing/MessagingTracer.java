package nl.totalservice.onboarding.platform.messaging.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The spans of the messaging library: one per event the relay publishes (continuing the trace
 * stored with its outbox row), one per event a consumer handles (continuing the trace in its
 * headers), and spans a service starts itself for work queued earlier (such as sending a mail).
 * Attribute names follow the OpenTelemetry messaging conventions.
 */
@ApplicationScoped
public class MessagingTracer {

    static final AttributeKey<String> SYSTEM = AttributeKey.stringKey("messaging.system");
    static final AttributeKey<String> OPERATION = AttributeKey.stringKey("messaging.operation.type");
    static final AttributeKey<String> DESTINATION = AttributeKey.stringKey("messaging.destination.name");
    static final AttributeKey<String> MESSAGE_ID = AttributeKey.stringKey("messaging.message.id");
    static final AttributeKey<String> KEY = AttributeKey.stringKey("messaging.kafka.message.key");
    static final AttributeKey<Long> PARTITION = AttributeKey.longKey("messaging.destination.partition.id");
    static final AttributeKey<Long> OFFSET = AttributeKey.longKey("messaging.kafka.offset");
    static final AttributeKey<String> CONSUMER = AttributeKey.stringKey("messaging.consumer.name");
    static final AttributeKey<String> EVENT_TYPE = AttributeKey.stringKey("cloudevents.event_type");

    private final Tracer tracer;

    public MessagingTracer(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.getTracer("nl.totalservice.onboarding.messaging");
    }

    /** A PRODUCER span for the relay's send of one outbox row, child of the context stored with it. */
    public Span startPublish(String topic, String key, String eventId, String eventType, TraceContext parent) {
        return tracer.spanBuilder("publish " + topic)
                .setParent(parent.asParent())
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute(SYSTEM, "kafka")
                .setAttribute(OPERATION, "send")
                .setAttribute(DESTINATION, topic)
                .setAttribute(KEY, key)
                .setAttribute(MESSAGE_ID, eventId)
                .setAttribute(EVENT_TYPE, eventType)
                .startSpan();
    }

    /** A CONSUMER span for handling one record, child of the trace in its headers (a new trace without). */
    public Span startProcess(String consumer, ConsumerRecord<String, String> record, String eventId, String eventType) {
        TraceContext parent = TraceContext.fromHeaders(record.headers());
        SpanBuilder span = tracer.spanBuilder("process " + record.topic())
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute(SYSTEM, "kafka")
                .setAttribute(OPERATION, "process")
                .setAttribute(DESTINATION, record.topic())
                .setAttribute(PARTITION, (long) record.partition())
                .setAttribute(OFFSET, record.offset())
                .setAttribute(CONSUMER, consumer)
                .setAttribute(MESSAGE_ID, eventId)
                .setAttribute(EVENT_TYPE, eventType);
        if (record.key() != null) {
            span.setAttribute(KEY, record.key());
        }
        span.setParent(parent == null ? Context.root() : parent.asParent());
        return span.startSpan();
    }

    /** A span for work that continues {@code parent} (stored earlier); a new trace when it is null. */
    public Span start(String name, SpanKind kind, TraceContext parent) {
        return tracer.spanBuilder(name)
                .setParent(parent == null ? Context.root() : parent.asParent())
                .setSpanKind(kind)
                .startSpan();
    }

    /** Ends {@code span} as failed by {@code failure}. */
    public static void fail(Span span, Throwable failure) {
        span.recordException(failure);
        span.setStatus(StatusCode.ERROR, String.valueOf(failure.getMessage()));
    }
}
