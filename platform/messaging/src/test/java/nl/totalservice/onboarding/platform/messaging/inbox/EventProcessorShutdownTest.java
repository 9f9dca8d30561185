package nl.totalservice.onboarding.platform.messaging.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import nl.totalservice.onboarding.platform.messaging.CloudEventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Once shutdown began, a failing event is given back uncommitted instead of dead-lettered. Its own
 * profile: the shutdown signal, once given, stays for the rest of this application's life.
 */
@QuarkusTest
@TestProfile(EventProcessorShutdownTest.Stopping.class)
class EventProcessorShutdownTest {

    private static final String CONSUMER = "shutdown-test";

    @Inject
    EventProcessor processor;

    @Inject
    ShutdownSignal shutdown;

    @Inject
    MeterRegistry registry;

    @Test
    void givesAFailingEventBackUncommittedInsteadOfDeadLetteringItOnceShutdownBegan() {
        AtomicInteger attempts = new AtomicInteger();
        Map<String, EventHandler> closing = Map.of("ThingCreated", event -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("EntityManagerFactory is closed");
        });
        shutdown.onShutdown(null);

        assertThatThrownBy(() -> processor.process(CONSUMER, record(), closing))
                .isInstanceOf(ConsumerStoppedException.class)
                .hasMessageContaining("uncommitted");
        assertThatThrownBy(() -> processor.processBatch("batched-" + CONSUMER, List.of(record(), record()), closing))
                .isInstanceOf(ConsumerStoppedException.class);

        assertThat(attempts).hasValue(2); // one each: no retry, no one-by-one fallback after the failed batch
        assertThat(deadLettered(CONSUMER)).isZero();
        assertThat(deadLettered("batched-" + CONSUMER)).isZero();
    }

    private double deadLettered(String consumer) {
        return registry.find("inbox.events.dead_lettered").tag("consumer", consumer).counters().stream()
                .mapToDouble(Counter::count).sum();
    }

    private static ConsumerRecord<String, String> record() {
        String thing = UUID.randomUUID().toString();
        ConsumerRecord<String, String> record = new ConsumerRecord<>("things", 0, 0L, thing,
                "{\"thingId\":\"" + thing + "\",\"name\":\"closing\"}");
        record.headers().add(new RecordHeader(CloudEventHeaders.ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8)));
        record.headers().add(new RecordHeader(CloudEventHeaders.TYPE, "ThingCreated".getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    /** A profile of its own, so that no other test class shares the application this one marks as stopping. */
    public static class Stopping implements QuarkusTestProfile {
    }
}
