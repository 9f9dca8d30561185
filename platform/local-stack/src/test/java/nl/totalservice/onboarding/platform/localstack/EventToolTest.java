package nl.totalservice.onboarding.platform.localstack;

import nl.totalservice.onboarding.platform.testing.infra.SharedInfrastructure;
import nl.totalservice.onboarding.platform.testing.kafka.EventSender;
import nl.totalservice.onboarding.platform.testing.kafka.RecordedEvent;
import nl.totalservice.onboarding.platform.testing.kafka.TopicRecorder;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class EventToolTest {

    private final String bootstrap = SharedInfrastructure.kafka().bootstrapServers();

    @Test
    void redrivesDeadLettersToTheirTopicWithoutTheDlqHeadersAndOnlyOnce() {
        String topic = "tool-" + UUID.randomUUID();
        String id = UUID.randomUUID().toString();
        try (EventSender sender = new EventSender(bootstrap); TopicRecorder original = TopicRecorder.record(bootstrap, topic)) {
            sender.sendRaw(topic + ".dlq", "task-1", "{\"taskId\":\"task-1\"}", Map.of(
                    "ce_id", id, "ce_type", "TaskDeclined", "ce_subject", "task-1",
                    "dlq_consumer", "partner-service/partner-task-events", "dlq_error_message", "boom",
                    "dlq_original_topic", topic));

            assertThat(run("redrive", topic + ".dlq", "--bootstrap", bootstrap)).contains("Re-drove 1 record(s)");

            RecordedEvent redriven = original.await(event -> id.equals(event.id()), Duration.ofSeconds(30));
            assertThat(redriven.key()).isEqualTo("task-1");
            assertThat(redriven.type()).isEqualTo("TaskDeclined");
            assertThat(redriven.value()).isEqualTo("{\"taskId\":\"task-1\"}");
            assertThat(redriven.headers()).doesNotContainKeys("dlq_consumer", "dlq_error_message", "dlq_original_topic")
                    .containsEntry("redriven_from", topic + ".dlq@0:0");
            assertThat(run("redrive", topic + ".dlq", "--bootstrap", bootstrap)).contains("Re-drove 0 record(s)");
        }
    }

    @Test
    void printsAnAggregatesEventsWithTheirHeaders() {
        String topic = "tool-" + UUID.randomUUID();
        try (EventSender sender = new EventSender(bootstrap)) {
            sender.send(topic, "lead-1", "LeadRegistered", "{\"leadId\":\"lead-1\"}");
            sender.send(topic, "lead-2", "LeadRegistered", "{\"leadId\":\"lead-2\"}");
        }

        String printed = run("events", topic, "--bootstrap", bootstrap, "--key", "lead-2");

        assertThat(printed).contains("key=lead-2  LeadRegistered").contains("{\"leadId\":\"lead-2\"}")
                .doesNotContain("lead-1").contains("(1 record(s))");
    }

    private static String run(String... command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new EventTool(new PrintStream(out, true, StandardCharsets.UTF_8)).run(List.of(command));
        assertThat(exit).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }
}
