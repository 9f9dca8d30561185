package nl.totalservice.onboarding.platform.messaging.tracing;

import io.agroal.api.AgroalDataSource;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.totalservice.onboarding.platform.messaging.app.ThingEffects;
import nl.totalservice.onboarding.platform.messaging.app.ThingService;
import nl.totalservice.onboarding.platform.testing.infra.SharedInfrastructure;
import nl.totalservice.onboarding.platform.testing.kafka.EventSender;
import nl.totalservice.onboarding.platform.testing.kafka.RecordedEvent;
import nl.totalservice.onboarding.platform.testing.kafka.TopicRecorder;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One trace from the change through the outbox, the relay and Kafka into a consumer, and on through
 * that consumer's own outbox event into a second (batch) consumer: real PostgreSQL and Kafka, spans
 * read from an in-memory exporter.
 */
@QuarkusTest
class TracingTest {

    @Inject
    ThingService things;

    @Inject
    ThingEffects effects;

    @Inject
    InMemorySpanExporter exporter;

    @Inject
    Tracer tracer;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void continuesTheTraceOfAChangeThroughTheRelayAndTwoConsumerHops() {
        String suffix = UUID.randomUUID().toString();
        Span request = tracer.spanBuilder("test request").setSpanKind(SpanKind.SERVER).startSpan();
        try (Scope ignored = request.makeCurrent()) {
            things.create("echo-" + suffix);
        } finally {
            request.end();
        }
        String traceId = request.getSpanContext().getTraceId();

        await().atMost(Duration.ofSeconds(30)).until(() -> effects.timesApplied("echoed-" + suffix) == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> spansOf(traceId).size() >= 5);

        List<SpanData> trace = spansOf(traceId);
        SpanData publish = only(trace, "publish things");
        SpanData process = only(trace, "process things");
        SpanData echo = only(trace, "publish batched-things");
        SpanData batchProcess = only(trace, "process batched-things");
        assertThat(publish.getKind()).isEqualTo(SpanKind.PRODUCER);
        assertThat(publish.getParentSpanId()).isEqualTo(request.getSpanContext().getSpanId());
        assertThat(process.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(process.getParentSpanId()).isEqualTo(publish.getSpanId());
        assertThat(process.getAttributes().get(MessagingTracer.CONSUMER)).isEqualTo("thing-effects");
        assertThat(process.getAttributes().get(MessagingTracer.EVENT_TYPE)).isEqualTo("ThingCreated");
        assertThat(echo.getParentSpanId()).isEqualTo(process.getSpanId());
        assertThat(batchProcess.getParentSpanId()).isEqualTo(echo.getSpanId());
        assertThat(batchProcess.getAttributes().get(MessagingTracer.CONSUMER)).isEqualTo("batched-thing-effects");
        assertThat(trace).allSatisfy(span -> assertThat(span.getStatus().getStatusCode()).isNotEqualTo(StatusCode.ERROR));
    }

    @Test
    void storesTheTraceparentWithTheOutboxRowAndSendsTheRelaysSpanAsAKafkaHeader() throws SQLException {
        String name = "traced-" + UUID.randomUUID();
        String bootstrap = SharedInfrastructure.kafka().bootstrapServers();
        try (TopicRecorder recorder = TopicRecorder.record(bootstrap, ThingService.TOPIC)) {
            Span request = tracer.spanBuilder("test request").startSpan();
            UUID thing;
            try (Scope ignored = request.makeCurrent()) {
                thing = things.create(name);
            } finally {
                request.end();
            }
            String traceId = request.getSpanContext().getTraceId();

            assertThat(storedTraceparent(thing)).contains(
                    "00-" + traceId + "-" + request.getSpanContext().getSpanId() + "-01");
            RecordedEvent sent = recorder.await(event -> thing.toString().equals(event.key()), Duration.ofSeconds(30));
            await().atMost(Duration.ofSeconds(10)).until(() -> spansOf(traceId).stream()
                    .anyMatch(span -> span.getName().equals("publish things")));
            SpanData publish = only(spansOf(traceId), "publish things");
            assertThat(sent.header(TraceContext.TRACEPARENT))
                    .isEqualTo("00-" + traceId + "-" + publish.getSpanId() + "-01");
        }
    }

    @Test
    void startsANewTraceForAnEventThatCarriesNone() {
        String name = "untraced-" + UUID.randomUUID();
        String thing = UUID.randomUUID().toString();
        try (EventSender sender = new EventSender(SharedInfrastructure.kafka().bootstrapServers())) {
            sender.send(ThingService.TOPIC, thing, "ThingCreated",
                    "{\"eventId\":\"" + UUID.randomUUID() + "\",\"occurredAt\":\"2026-01-01T00:00:00Z\",\"thingId\":\""
                            + thing + "\",\"name\":\"" + name + "\"}");
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> effects.timesApplied(name) == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> processSpanOf(thing).isPresent());
        SpanData process = processSpanOf(thing).orElseThrow();
        assertThat(process.getParentSpanContext().isValid()).isFalse();
        assertThat(process.getKind()).isEqualTo(SpanKind.CONSUMER);
    }

    private Optional<SpanData> processSpanOf(String key) {
        return exporter.getFinishedSpanItems().stream()
                .filter(span -> span.getName().equals("process things"))
                .filter(span -> key.equals(span.getAttributes().get(MessagingTracer.KEY)))
                .findFirst();
    }

    private List<SpanData> spansOf(String traceId) {
        return exporter.getFinishedSpanItems().stream().filter(span -> span.getTraceId().equals(traceId)).toList();
    }

    private static SpanData only(List<SpanData> spans, String name) {
        List<SpanData> named = spans.stream().filter(span -> span.getName().equals(name)).toList();
        assertThat(named).as("spans named %s in %s", name, spans).hasSize(1);
        return named.get(0);
    }

    private String storedTraceparent(UUID thing) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select traceparent from messaging_outbox where message_key = ?")) {
            select.setString(1, thing.toString());
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
