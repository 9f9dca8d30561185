package nl.totalservice.onboarding.platform.messaging.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A W3C trace context ({@code traceparent}, optional {@code tracestate}) as it is stored with an
 * outbox row or a queued notification and sent as Kafka headers of the same names (the CloudEvents
 * distributed-tracing extension uses them too). It lets work done later, on another thread or in
 * another service, continue the trace of the request or event that caused it.
 */
public record TraceContext(String traceparent, String tracestate) {

    /** Kafka header (and column) of the W3C traceparent. */
    public static final String TRACEPARENT = "traceparent";
    /** Kafka header (and column) of the W3C tracestate. */
    public static final String TRACESTATE = "tracestate";

    private static final TextMapPropagator W3C = W3CTraceContextPropagator.getInstance();

    private static final TextMapGetter<TraceContext> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(TraceContext carrier) {
            return List.of(TRACEPARENT, TRACESTATE);
        }

        @Override
        public String get(TraceContext carrier, String key) {
            if (carrier == null) {
                return null;
            }
            return TRACEPARENT.equals(key) ? carrier.traceparent : TRACESTATE.equals(key) ? carrier.tracestate : null;
        }
    };

    /** The context of the span current on this thread; null when there is none (nothing to continue). */
    public static TraceContext current() {
        if (!Span.current().getSpanContext().isValid()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>(4);
        W3C.inject(Context.current(), carrier, Map::put);
        return of(carrier.get(TRACEPARENT), carrier.get(TRACESTATE));
    }

    /** A stored context; null when {@code traceparent} is absent. */
    public static TraceContext of(String traceparent, String tracestate) {
        if (traceparent == null || traceparent.isBlank()) {
            return null;
        }
        return new TraceContext(traceparent, tracestate == null || tracestate.isBlank() ? null : tracestate);
    }

    /** The context a consumed record carries; null when it has no valid {@code traceparent}. */
    public static TraceContext fromHeaders(Headers headers) {
        return of(header(headers, TRACEPARENT), header(headers, TRACESTATE));
    }

    /** The context of {@code span}; null when it has none. */
    public static TraceContext of(Span span) {
        if (!span.getSpanContext().isValid()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>(4);
        W3C.inject(Context.root().with(span), carrier, Map::put);
        return of(carrier.get(TRACEPARENT), carrier.get(TRACESTATE));
    }

    /** This context as the parent of a new span; the root context when it cannot be read. */
    public Context asParent() {
        return W3C.extract(Context.root(), this, GETTER);
    }

    /** The trace id (32 hex digits) of a well-formed traceparent, else null. */
    public String traceId() {
        return traceparent.length() >= 35 ? traceparent.substring(3, 35) : null;
    }

    /** Replaces the record's trace headers with this context. */
    public void writeTo(Headers headers) {
        headers.remove(TRACEPARENT);
        headers.remove(TRACESTATE);
        headers.add(new RecordHeader(TRACEPARENT, traceparent.getBytes(StandardCharsets.UTF_8)));
        if (tracestate != null) {
            headers.add(new RecordHeader(TRACESTATE, tracestate.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
