package nl.totalservice.onboarding.platform.messaging.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The inbox over the real database: one event at a time, and a batch's events in one statement. */
@QuarkusTest
class InboxTest {

    private static final String CONSUMER = "inbox-test";

    @Inject
    Inbox inbox;

    @Inject
    ObjectMapper json;

    @Test
    void aBatchReturnsTheEventsNotHandledBeforeEachOnce() {
        IncomingEvent before = event();
        IncomingEvent fresh = event();
        IncomingEvent alsoFresh = event();
        QuarkusTransaction.requiringNew().run(() -> assertThat(inbox.firstDelivery(CONSUMER, before)).isTrue());

        var first = QuarkusTransaction.requiringNew().call(() ->
                inbox.firstDeliveries(CONSUMER, List.of(fresh, before, alsoFresh, fresh)));

        assertThat(first).containsExactlyInAnyOrder(fresh.id(), alsoFresh.id());
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(inbox.firstDelivery(CONSUMER, fresh)).isFalse();
            assertThat(inbox.firstDeliveries(CONSUMER, List.of(alsoFresh, before))).isEmpty();
            // another consumer has its own inbox
            assertThat(inbox.firstDeliveries(CONSUMER + "-other", List.of(fresh, before)))
                    .containsExactlyInAnyOrder(fresh.id(), before.id());
        });
    }

    @Test
    void aBatchThatRollsBackRecordsNothing() {
        IncomingEvent event = event();

        try {
            QuarkusTransaction.requiringNew().run(() -> {
                inbox.firstDeliveries(CONSUMER, List.of(event));
                throw new IllegalStateException("the handler failed");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }

        assertThat(QuarkusTransaction.requiringNew().call(() -> inbox.firstDeliveries(CONSUMER, List.of(event))))
                .containsExactly(event.id());
    }

    private IncomingEvent event() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", "ThingCreated".getBytes(StandardCharsets.UTF_8));
        return IncomingEvent.of(new ConsumerRecord<>("inbox-things", 0, 0L, System.currentTimeMillis(),
                TimestampType.CREATE_TIME, -1, -1, "key", "{}", headers, Optional.empty()), json);
    }
}
