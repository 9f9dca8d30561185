package nl.totalservice.onboarding.notification.support;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Collects the finished spans in memory (in place of the OTLP exporter) for the tests to read. */
public class InMemoryTraces {

    @Produces
    @Singleton
    InMemorySpanExporter spanExporter() {
        return InMemorySpanExporter.create();
    }
}
