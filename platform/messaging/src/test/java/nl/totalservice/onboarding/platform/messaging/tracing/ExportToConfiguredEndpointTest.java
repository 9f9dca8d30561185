package nl.totalservice.onboarding.platform.messaging.tracing;

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

/** Setting an OTLP endpoint (as QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT does) turns the exporter on. */
@QuarkusTest
@TestProfile(ExportToConfiguredEndpointTest.WithEndpoint.class)
class ExportToConfiguredEndpointTest {

    /** An endpoint that refuses connections: the exporter is installed, what it sends goes nowhere. */
    public static class WithEndpoint implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.arc.exclude-types", InMemoryTraces.class.getName(),
                    "quarkus.otel.exporter.otlp.endpoint", "http://127.0.0.1:1");
        }
    }

    @Inject
    @Any
    Instance<SpanProcessor> processors;

    @Test
    void installsTheOtlpExporter() {
        assertThat(processors.stream().filter(LateBoundSpanProcessor.class::isInstance))
                .isNotEmpty()
                .noneSatisfy(processor -> assertThat(processor).isInstanceOf(RemoveableLateBoundSpanProcessor.class));
    }
}
