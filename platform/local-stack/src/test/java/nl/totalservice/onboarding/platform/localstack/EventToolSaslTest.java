package nl.totalservice.onboarding.platform.localstack;

import nl.totalservice.onboarding.platform.testing.infra.KafkaBroker;
import nl.totalservice.onboarding.platform.testing.kafka.EventSender;
import nl.totalservice.onboarding.platform.testing.kafka.RecordedEvent;
import nl.totalservice.onboarding.platform.testing.kafka.TopicRecorder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The ops tools take the services' Kafka settings: KAFKA_* variables or a file of kafka.* properties. */
class EventToolSaslTest {

    private static final Map<String, String> OPS = KafkaBroker.saslClientSettings("ops", "ops-secret");
    private static KafkaBroker broker;

    @BeforeAll
    static void start() {
        broker = KafkaBroker.startForTestsWithSasl(Map.of("ops", "ops-secret"));
    }

    @AfterAll
    static void stop() {
        broker.close();
    }

    @Test
    void printsEventsFromABrokerThatRequiresSaslWithTheKafkaEnvironmentVariables() {
        String topic = "tool-" + UUID.randomUUID();
        try (EventSender sender = new EventSender(broker.bootstrapServers(), OPS)) {
            sender.send(topic, "lead-1", "LeadRegistered", "{\"leadId\":\"lead-1\"}");
        }
        Map<String, String> environment = new HashMap<>();
        environment.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
        OPS.forEach((key, value) -> environment.put("KAFKA_" + key.toUpperCase().replace('.', '_'), value));

        String printed = run(environment, "events", topic);

        assertThat(printed).contains("key=lead-1  LeadRegistered").contains("(1 record(s))");
    }

    @Test
    void redrivesOnABrokerThatRequiresSaslWithAKafkaPropertiesFile(@TempDir Path dir) throws IOException {
        String topic = "tool-" + UUID.randomUUID();
        String id = UUID.randomUUID().toString();
        Path settings = dir.resolve("kafka.properties");
        StringBuilder lines = new StringBuilder("kafka.bootstrap.servers=" + broker.bootstrapServers() + "\n");
        OPS.forEach((key, value) -> lines.append("kafka.").append(key).append('=').append(value.replace("\"", "\\\"")).append('\n'));
        Files.writeString(settings, lines);
        try (EventSender sender = new EventSender(broker.bootstrapServers(), OPS);
             TopicRecorder original = TopicRecorder.record(broker.bootstrapServers(), OPS, topic)) {
            sender.sendRaw(topic + ".dlq", "task-1", "{}", Map.of("ce_id", id, "ce_type", "TaskDeclined",
                    "dlq_original_topic", topic));

            assertThat(run(Map.of(), "redrive", topic + ".dlq", "--kafka-config", settings.toString()))
                    .contains("Re-drove 1 record(s)");

            RecordedEvent redriven = original.await(event -> id.equals(event.id()), Duration.ofSeconds(30));
            assertThat(redriven.type()).isEqualTo("TaskDeclined");
        }
    }

    private static String run(Map<String, String> environment, String... command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new EventTool(new PrintStream(out, true, StandardCharsets.UTF_8), environment).run(List.of(command));
        assertThat(exit).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }
}
