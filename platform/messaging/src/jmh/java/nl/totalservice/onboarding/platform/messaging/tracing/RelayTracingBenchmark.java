package nl.totalservice.onboarding.platform.messaging.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * What tracing adds to the relay per outbox row: reading the stored traceparent, a PRODUCER span,
 * its traceparent header, ending the span; against building the record with its CloudEvents
 * headers alone (the part of the relay's per-row work that runs in the JVM; the database and Kafka
 * round trips per batch come on top of both). Run:
 * {@code mvn -B -q -Pbenchmark test-compile exec:exec -pl platform/messaging}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RelayTracingBenchmark {

    private static final String TOPIC = "lead-events";

    private final String key = UUID.randomUUID().toString();
    private final String eventId = UUID.randomUUID().toString();
    private final String payload = "{\"eventId\":\"" + eventId + "\",\"leadId\":\"" + key + "\",\"interested\":true}";
    private final TraceContext stored = TraceContext.of("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", null);

    private SdkTracerProvider exporting;
    private SdkTracerProvider notExporting;
    private MessagingTracer exportingTracer;
    private MessagingTracer notExportingTracer;

    @Setup(Level.Trial)
    public void setUp() {
        exporting = SdkTracerProvider.builder()
                .addSpanProcessor(BatchSpanProcessor.builder(new DiscardingExporter()).build()).build();
        notExporting = SdkTracerProvider.builder().build();
        exportingTracer = new MessagingTracer(OpenTelemetrySdk.builder().setTracerProvider(exporting).build());
        notExportingTracer = new MessagingTracer(OpenTelemetrySdk.builder().setTracerProvider(notExporting).build());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        exporting.shutdown();
        notExporting.shutdown();
    }

    /** The record as the relay builds it without tracing. */
    @Benchmark
    public ProducerRecord<String, String> recordAlone() {
        return record();
    }

    /** The same with the relay's span, as when spans are exported (batch processor, exporter discarding). */
    @Benchmark
    public ProducerRecord<String, String> recordWithSpanExported() {
        return traced(exportingTracer);
    }

    /** The same with the relay's span, as by default (no OTLP endpoint: no span processor). */
    @Benchmark
    public ProducerRecord<String, String> recordWithSpanNotExported() {
        return traced(notExportingTracer);
    }

    private ProducerRecord<String, String> traced(MessagingTracer tracer) {
        Span span = tracer.startPublish(TOPIC, key, eventId, "LeadInterestRecorded", stored);
        ProducerRecord<String, String> record = record();
        TraceContext.of(span).writeTo(record.headers());
        span.end();
        return record;
    }

    private ProducerRecord<String, String> record() {
        ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, key, payload);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", eventId);
        header(record, "ce_type", "LeadInterestRecorded");
        header(record, "ce_source", "/lead-service");
        header(record, "ce_time", "2026-07-01T09:30:00Z");
        header(record, "ce_subject", key);
        header(record, "content-type", "application/json");
        return record;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    /** Accepts and drops every span: the cost of the processor, not of a network. */
    private static final class DiscardingExporter implements SpanExporter {
        @Override
        public CompletableResultCode export(Collection<SpanData> spans) {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode flush() {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode shutdown() {
            return CompletableResultCode.ofSuccess();
        }
    }
}
