package nl.totalservice.onboarding.platform.messaging.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Scope;
import org.jboss.logging.MDC;

/**
 * Makes a span current on this thread and puts its ids in the log context ({@code traceId},
 * {@code spanId}: the names Quarkus uses for requests), restoring both when closed. Threads of our
 * own (the relay, consumers' workers, the mail sender) need this: Quarkus fills the log context
 * only for spans it makes current on its own request contexts.
 */
public final class TracedScope implements AutoCloseable {

    static final String TRACE_ID = "traceId";
    static final String SPAN_ID = "spanId";

    private final Scope scope;
    private final Object previousTraceId;
    private final Object previousSpanId;

    private TracedScope(Span span) {
        this.previousTraceId = MDC.get(TRACE_ID);
        this.previousSpanId = MDC.get(SPAN_ID);
        this.scope = span.makeCurrent();
        SpanContext context = span.getSpanContext();
        if (context.isValid()) {
            MDC.put(TRACE_ID, context.getTraceId());
            MDC.put(SPAN_ID, context.getSpanId());
        }
    }

    /** Makes {@code span} current until {@link #close()}. */
    public static TracedScope open(Span span) {
        return new TracedScope(span);
    }

    @Override
    public void close() {
        scope.close();
        restore(TRACE_ID, previousTraceId);
        restore(SPAN_ID, previousSpanId);
    }

    private static void restore(String key, Object previous) {
        if (previous == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, previous);
        }
    }
}
