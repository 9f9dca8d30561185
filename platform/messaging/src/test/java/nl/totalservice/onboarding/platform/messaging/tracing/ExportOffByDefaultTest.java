package nl.totalservice.onboarding.platform.messaging.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.quarkus.opentelemetry.runtime.exporter.otlp.tracing.LateBoundSpanProcessor;
import io.quarkus.opentelemetry.runtime.exporter.otlp.tracing.RemoveableLateBoundSpanProcessor;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import nl.totalservice.onboarding.platform.messaging.app.InMemoryTraces;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without an OTLP endpoint nothing is exported (Quarkus would otherwise send to localhost:4317), yet
 * spans still get trace ids, so context propagates and logs carry them.
 */
@QuarkusTest
@TestProfile(ExportOffByDefaultTest.WithoutTestExporter.class)
class ExportOffByDefaultTest {

    /** The library's defaults, without the tests' in-memory exporter (whose presence alone disables OTLP). */
    public static class WithoutTestExporter implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.arc.exclude-types", InMemoryTraces.class.getName());
        }
    }

    @Inject
    @Any
    Instance<SpanProcessor> processors;

    @Inject
    Tracer tracer;

    @Test
    void installsNoOtlpExporterButStillGivesSpansTraceIds() {
        assertThat(processors.stream().filter(LateBoundSpanProcessor.class::isInstance))
                .isNotEmpty()
                .allSatisfy(processor -> assertThat(processor).isInstanceOf(RemoveableLateBoundSpanProcessor.class));
        Span span = tracer.spanBuilder("probe").startSpan();
        span.end();
        assertThat(span.getSpanContext().isValid()).isTrue();
    }
}
