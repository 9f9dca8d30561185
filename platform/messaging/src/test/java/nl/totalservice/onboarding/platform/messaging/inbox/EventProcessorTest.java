package nl.totalservice.onboarding.platform.messaging.inbox;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.totalservice.onboarding.platform.messaging.app.ThingEffects;
import nl.totalservice.onboarding.platform.testing.infra.SharedInfrastructure;
import nl.totalservice.onboarding.platform.testing.kafka.EventSender;
import nl.totalservice.onboarding.platform.testing.kafka.RecordedEvent;
import nl.totalservice.onboarding.platform.testing.kafka.TopicRecorder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class EventProcessorTest {

    private static final String TOPIC = "things";
    private static final String DLQ = "things.dlq";

    @Inject
    ThingEffects effects;

    private EventSender sender;
    private TopicRecorder deadLetters;

    @BeforeEach
    void connect() {
        String bootstrap = SharedInfrastructure.kafka().bootstrapServers();
        sender = new EventSender(bootstrap);
        deadLetters = TopicRecorder.record(bootstrap, DLQ);
    }

    @AfterEach
    void close() {
        sender.close();
        deadLetters.close();
    }

    @Test
    void handlesARedeliveredEventOnce() {
        String name = "twice-" + UUID.randomUUID();
        String id = UUID.randomUUID().toString();
        String thing = UUID.randomUUID().toString();
        sender.send(TOPIC, thing, id, "ThingCreated", body(thing, name));
        sender.send(TOPIC, thing, id, "ThingCreated", body(thing, name));
        String after = "after-" + UUID.randomUUID();
        sender.send(TOPIC, thing, "ThingCreated", body(thing, after));

        await().atMost(Duration.ofSeconds(30)).until(() -> effects.timesApplied(after) == 1);
        assertThat(effects.timesApplied(name)).isEqualTo(1);
        assertThat(effects.attempts(name)).isEqualTo(1);
    }

    @Test
    void deadLettersAPoisonMessageAndHandlesTheNextOne() {
        String thing = UUID.randomUUID().toString();
        String poisonId = UUID.randomUUID().toString();
        sender.send(TOPIC, thing, poisonId, "ThingCreated", "{not json");
        sender.sendRaw(TOPIC, thing, body(thing, "no-headers"), Map.of("ce_type", "ThingCreated"));
        String good = "good-" + UUID.randomUUID();
        sender.send(TOPIC, thing, "ThingCreated", body(thing, good));

        await().atMost(Duration.ofSeconds(30)).until(() -> effects.timesApplied(good) == 1);
        RecordedEvent unreadable = deadLetters.await(event -> poisonId.equals(event.id()), Duration.ofSeconds(30));
        assertThat(unreadable.key()).isEqualTo(thing);
        assertThat(unreadable.value()).isEqualTo("{not json");
        assertThat(unreadable.header("dlq_consumer")).isEqualTo("messaging-test/thing-effects");
        assertThat(unreadable.header("dlq_error_message")).contains("not a readable ThingCreated");
        assertThat(unreadable.header("dlq_attempts")).isEqualTo("1");
        assertThat(unreadable.header("dlq_original_topic")).isEqualTo(TOPIC);
        assertThat(unreadable.header("dlq_original_offset")).isNotBlank();
        RecordedEvent headerless = deadLetters.await(event -> event.value().contains("no-headers"), Duration.ofSeconds(30));
        assertThat(headerless.header("dlq_error_message")).isEqualTo("Missing required header ce_id");
        assertThat(effects.timesApplied("no-headers")).isZero();
    }

    @Test
    void retriesATransientFailureAndAppliesTheEffectOnce() {
        String name = "flaky-2-" + UUID.randomUUID();
        String thing = UUID.randomUUID().toString();
        sender.send(TOPIC, thing, "ThingCreated", body(thing, name));

        await().atMost(Duration.ofSeconds(30)).until(() -> effects.timesApplied(name) == 1);
        assertThat(effects.attempts(name)).isEqualTo(3);
    }

    @Test
    void deadLettersAfterTheLastAttemptWithoutApplyingTheEffect() {
        String name = "explode-" + UUID.randomUUID();
        String thing = UUID.randomUUID().toString();
        String id = sender.send(TOPIC, thing, "ThingCreated", body(thing, name));

        RecordedEvent dead = deadLetters.await(event -> id.equals(event.id()), Duration.ofSeconds(30));

        assertThat(dead.header("dlq_attempts")).isEqualTo("4");
        assertThat(dead.header("dlq_error_class")).isEqualTo(IllegalStateException.class.getName());
        assertThat(dead.type()).isEqualTo("ThingCreated");
        assertThat(effects.attempts(name)).isEqualTo(4);
        assertThat(effects.timesApplied(name)).isZero();
    }

    @Test
    void skipsEventTypesItHasNoHandlerFor() {
        String thing = UUID.randomUUID().toString();
        String other = sender.send(TOPIC, thing, "ThingPainted", "{\"colour\":\"red\"}");
        String good = "after-other-" + UUID.randomUUID();
        sender.send(TOPIC, thing, "ThingCreated", body(thing, good));

        await().atMost(Duration.ofSeconds(30)).until(() -> effects.timesApplied(good) == 1);
        assertThat(deadLetters.matching(event -> other.equals(event.id()))).isEmpty();
    }

    @Test
    void letsAConsumerWaitMinutesForItsDatabaseBeforeTheConnectorGivesUpOnIt() {
        long maxAge = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("mp.messaging.connector.smallrye-kafka.throttled.unprocessed-record-max-age.ms", Long.class);

        assertThat(Duration.ofMillis(maxAge)).isGreaterThanOrEqualTo(Duration.ofMinutes(10));
    }

    private static String body(String thingId, String name) {
        return "{\"eventId\":\"" + UUID.randomUUID() + "\",\"occurredAt\":\"2026-07-01T10:00:00Z\",\"thingId\":\""
                + thingId + "\",\"name\":\"" + name + "\",\"unknownField\":1}";
    }
}
