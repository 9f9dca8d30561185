package nl.totalservice.onboarding.platform.messaging.inbox;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.totalservice.onboarding.platform.messaging.app.ThingEffects;
import nl.totalservice.onboarding.platform.testing.infra.SharedInfrastructure;
import nl.totalservice.onboarding.platform.testing.kafka.EventSender;
import nl.totalservice.onboarding.platform.testing.kafka.RecordedEvent;
import nl.totalservice.onboarding.platform.testing.kafka.TopicRecorder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** One transaction per batch: each event still de-duplicated, a poison event still dead-lettered alone. */
@QuarkusTest
class EventProcessorBatchTest {

    private static final String TOPIC = "batch-direct-things";
    private static final String CONSUMER = "batch-direct";
    private static final AtomicLong OFFSETS = new AtomicLong();

    @Inject
    EventProcessor processor;

    @Inject
    ThingEffects effects;

    private TopicRecorder deadLetters;

    @BeforeEach
    void connect() {
        deadLetters = TopicRecorder.record(SharedInfrastructure.kafka().bootstrapServers(), TOPIC + ".dlq");
    }

    @AfterEach
    void close() {
        deadLetters.close();
    }

    @Test
    void handlesABatchInOneTransactionAndARepeatedEventOnce() {
        String first = "batch-a-" + UUID.randomUUID();
        String second = "batch-b-" + UUID.randomUUID();
        ConsumerRecord<String, String> a = thing(UUID.randomUUID().toString(), first);

        processor.processBatch(CONSUMER, List.of(a, thing(UUID.randomUUID().toString(), second), a), effects.handlers());

        assertThat(effects.timesApplied(first)).isEqualTo(1);
        assertThat(effects.timesApplied(second)).isEqualTo(1);
        // the batch committed at once: no event was tried a second time on its own
        assertThat(effects.attempts(first)).isEqualTo(1);
    }

    @Test
    void skipsABatchDeliveredAgainAfterItCommitted() {
        String name = "batch-again-" + UUID.randomUUID();
        List<ConsumerRecord<String, String>> batch = List.of(thing(UUID.randomUUID().toString(), name),
                thing(UUID.randomUUID().toString(), "batch-other-" + UUID.randomUUID()));

        processor.processBatch(CONSUMER, batch, effects.handlers());
        processor.processBatch(CONSUMER, batch, effects.handlers());

        assertThat(effects.timesApplied(name)).isEqualTo(1);
        assertThat(effects.attempts(name)).isEqualTo(1);
    }

    @Test
    void aBatchWithEventsHandledBeforeAppliesOnlyTheNewOnesInOneTransaction() {
        String handled = "batch-handled-" + UUID.randomUUID();
        String fresh = "batch-fresh-" + UUID.randomUUID();
        String alsoFresh = "batch-fresh-too-" + UUID.randomUUID();
        ConsumerRecord<String, String> before = thing(UUID.randomUUID().toString(), handled);
        processor.process(CONSUMER, before, effects.handlers());
        ConsumerRecord<String, String> freshRecord = thing(UUID.randomUUID().toString(), fresh);

        processor.processBatch(CONSUMER, List.of(freshRecord, before, thing(UUID.randomUUID().toString(), alsoFresh),
                freshRecord), effects.handlers());

        assertThat(effects.timesApplied(handled)).isEqualTo(1);
        assertThat(effects.timesApplied(fresh)).isEqualTo(1);
        assertThat(effects.timesApplied(alsoFresh)).isEqualTo(1);
        // the batch committed at once: nothing was handled again on its own
        assertThat(effects.attempts(fresh)).isEqualTo(1);
        assertThat(effects.attempts(handled)).isEqualTo(1);
    }

    @Test
    void deadLettersAPoisonEventInTheMiddleAndHandlesTheOthersOnce() {
        String before = "batch-before-" + UUID.randomUUID();
        String poison = "explode-" + UUID.randomUUID();
        String after = "batch-after-" + UUID.randomUUID();
        String poisonId = UUID.randomUUID().toString();

        processor.processBatch(CONSUMER, List.of(thing(UUID.randomUUID().toString(), before), thing(poisonId, poison),
                thing(UUID.randomUUID().toString(), after)), effects.handlers());

        assertThat(effects.timesApplied(before)).isEqualTo(1);
        assertThat(effects.timesApplied(after)).isEqualTo(1);
        assertThat(effects.timesApplied(poison)).isZero();
        // once in the batch that rolled back, once alone
        assertThat(effects.attempts(before)).isEqualTo(2);
        RecordedEvent dead = deadLetters.await(event -> poisonId.equals(event.id()), Duration.ofSeconds(30));
        assertThat(dead.header("dlq_consumer")).isEqualTo("messaging-test/" + CONSUMER);
        assertThat(dead.header("dlq_attempts")).isEqualTo("4");
        assertThat(deadLetters.matching(event -> !poisonId.equals(event.id())
                && event.value().contains("batch-"))).isEmpty();
    }

    @Test
    void deadLettersAnUnreadableRecordAndStillHandlesTheRestTogether() {
        String good = "batch-good-" + UUID.randomUUID();
        String other = "batch-good-too-" + UUID.randomUUID();
        ConsumerRecord<String, String> headerless = record(null, "{\"name\":\"headerless\"}");

        processor.processBatch(CONSUMER, List.of(thing(UUID.randomUUID().toString(), good), headerless,
                thing(UUID.randomUUID().toString(), other)), effects.handlers());

        assertThat(effects.timesApplied(good)).isEqualTo(1);
        assertThat(effects.timesApplied(other)).isEqualTo(1);
        // handled in the batch's one transaction, never again alone
        assertThat(effects.attempts(good)).isEqualTo(1);
        RecordedEvent dead = deadLetters.await(event -> event.value().contains("headerless"), Duration.ofSeconds(30));
        assertThat(dead.header("dlq_error_message")).isEqualTo("Missing required header ce_id");
    }

    @Test
    void consumesABatchChannelFromKafka() {
        String first = "batched-" + UUID.randomUUID();
        String second = "batched-" + UUID.randomUUID();
        String thing = UUID.randomUUID().toString();
        try (EventSender sender = new EventSender(SharedInfrastructure.kafka().bootstrapServers())) {
            String id = sender.send("batched-things", thing, "ThingCreated", body(thing, first));
            sender.send("batched-things", thing, id, "ThingCreated", body(thing, first));
            sender.send("batched-things", thing, "ThingCreated", body(thing, second));
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> effects.timesApplied(second) == 1);
        assertThat(effects.timesApplied(first)).isEqualTo(1);
    }

    /**
     * The connector's fetch settings (platform-messaging's defaults) let a poll wait up to 30 ms for more
     * records, so that events arriving one by one under load are handled together. Twenty events about
     * 15 ms apart: with Kafka's defaults (a fetch returns with the first record) each comes in a poll of
     * its own, as the handler takes less than those 15 ms; here a poll brings what arrived in its 30 ms.
     */
    @Test
    void eventsArrivingCloseTogetherAreHandledInFewPolls() throws InterruptedException {
        String run = "close-together-" + UUID.randomUUID();
        List<String> names = new ArrayList<>();
        long spreadMillis;
        try (EventSender sender = new EventSender(SharedInfrastructure.kafka().bootstrapServers())) {
            String key = UUID.randomUUID().toString(); // one partition: the events stay in order
            String warmUp = "warm-up-" + UUID.randomUUID();
            sender.send("batched-things", key, "ThingCreated", body(key, warmUp));
            // the consumer has its partitions and waits in a fetch: what follows is not a backlog
            await().atMost(Duration.ofSeconds(30)).until(() -> effects.timesApplied(warmUp) == 1);
            long start = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                String name = run + "-" + i;
                names.add(name);
                sender.send("batched-things", key, "ThingCreated", body(key, name));
                if (i < 19) {
                    Thread.sleep(10);
                }
            }
            spreadMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> names.stream().allMatch(name -> effects.timesApplied(name) == 1));
        List<Integer> polls = effects.pollsOf(run);
        assertThat(polls).hasSize(20);
        // one poll per 30 ms of sending, and one more at each end; a poll per event would be 20
        assertThat(new HashSet<>(polls)).as("polls that brought the twenty events, sent over %d ms", spreadMillis)
                .hasSizeLessThanOrEqualTo((int) (spreadMillis / 25) + 2);
    }

    private static ConsumerRecord<String, String> thing(String eventId, String name) {
        String thing = UUID.randomUUID().toString();
        return record(eventId, body(thing, name));
    }

    private static ConsumerRecord<String, String> record(String eventId, String value) {
        RecordHeaders headers = new RecordHeaders();
        if (eventId != null) {
            headers.add("ce_id", eventId.getBytes(StandardCharsets.UTF_8));
        }
        headers.add("ce_type", "ThingCreated".getBytes(StandardCharsets.UTF_8));
        return new ConsumerRecord<>(TOPIC, 0, OFFSETS.incrementAndGet(), System.currentTimeMillis(),
                TimestampType.CREATE_TIME, -1, -1, "key", value, headers, Optional.empty());
    }

    private static String body(String thingId, String name) {
        return "{\"eventId\":\"" + UUID.randomUUID() + "\",\"occurredAt\":\"2026-07-01T10:00:00Z\",\"thingId\":\""
                + thingId + "\",\"name\":\"" + name + "\"}";
    }
}
