package nl.totalservice.onboarding.platform.localstack;

import nl.totalservice.onboarding.platform.testing.infra.KafkaBroker;
import nl.totalservice.onboarding.platform.testing.kafka.topics.StrimziTopics;
import nl.totalservice.onboarding.platform.testing.kafka.topics.TopicDefinition;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The topic definitions reach a real broker idempotently, and the Strimzi rendering in deploy/ stays in step. */
class TopicsCommandTest {

    private static final Path ROOT = Path.of(System.getProperty("user.dir")).resolve("../..").normalize();
    private static final Path TOPICS = ROOT.resolve("deploy/kafka/topics.yaml");
    private static KafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = KafkaBroker.startForTests();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void createsEveryDefinedTopicWithItsSettingsOnceAndThenChangesNothing() throws Exception {
        List<TopicDefinition> topics = TopicDefinition.load(TOPICS).stream()
                .map(topic -> rename(topic, "idem-" + topic.name(), topic.partitions())).toList();

        List<String> first = TopicsCommand.apply(broker.bootstrapServers(), Map.of(), topics, false);
        List<String> second = TopicsCommand.apply(broker.bootstrapServers(), Map.of(), topics, false);

        assertThat(first).filteredOn(line -> line.startsWith("created")).hasSize(topics.size());
        assertThat(second).containsExactly(topics.size() + " topics as defined, nothing to change");
        try (Admin admin = admin()) {
            var description = admin.describeTopics(List.of("idem-lead-events")).allTopicNames().get().get("idem-lead-events");
            assertThat(description.partitions()).hasSize(6);
            ConfigResource dlq = new ConfigResource(ConfigResource.Type.TOPIC, "idem-lead-events.dlq");
            var config = admin.describeConfigs(List.of(dlq)).all().get().get(dlq);
            assertThat(config.get("retention.ms").value()).isEqualTo("2592000000");
            assertThat(config.get("cleanup.policy").value()).isEqualTo("delete");
            assertThat(config.get("min.insync.replicas").value()).as("capped at the one broker").isEqualTo("1");
        }
    }

    @Test
    void raisesPartitionsOnlyWhenAskedAndNeverLowersThem() throws Exception {
        TopicDefinition three = rename(TopicDefinition.load(TOPICS).get(0), "grow-lead-events", 3);
        TopicsCommand.apply(broker.bootstrapServers(), Map.of(), List.of(three), false);
        TopicDefinition five = rename(three, three.name(), 5);

        List<String> unasked = TopicsCommand.apply(broker.bootstrapServers(), Map.of(), List.of(five), false);
        List<String> asked = TopicsCommand.apply(broker.bootstrapServers(), Map.of(), List.of(five), true);
        List<String> lower = TopicsCommand.apply(broker.bootstrapServers(), Map.of(), List.of(three), true);

        assertThat(unasked).singleElement().asString().startsWith("WARNING grow-lead-events has 3 partitions, defined 5");
        assertThat(asked).containsExactly("raised grow-lead-events from 3 to 5 partitions");
        assertThat(lower).singleElement().asString().contains("Kafka cannot lower them");
        try (Admin admin = admin()) {
            assertThat(admin.describeTopics(List.of("grow-lead-events")).allTopicNames().get().get("grow-lead-events")
                    .partitions()).hasSize(5);
        }
    }

    @Test
    void definesEveryTopicTheServicesUseAndItsDeadLetterTopic() {
        assertThat(TopicDefinition.load(TOPICS)).extracting(TopicDefinition::name).containsExactlyInAnyOrder(
                "lead-events", "partner-events", "task-events", "notification-events",
                "lead-events.dlq", "partner-events.dlq", "task-events.dlq", "notification-events.dlq");
    }

    @Test
    void theStrimziTopicsInDeployAreRenderedFromTheDefinitions() throws Exception {
        String rendered = StrimziTopics.render(TopicDefinition.load(TOPICS), "onboarding-kafka");

        assertThat(Files.readString(ROOT.resolve("deploy/k8s/strimzi/kafka-topics.yaml")))
                .as("deploy/k8s/strimzi/kafka-topics.yaml is out of step with deploy/kafka/topics.yaml; re-render with "
                        + "./run-local.sh topics --render-strimzi deploy/k8s/strimzi/kafka-topics.yaml")
                .isEqualTo(rendered);
    }

    private static TopicDefinition rename(TopicDefinition topic, String name, int partitions) {
        return new TopicDefinition(name, topic.description(), partitions, topic.replicationFactor(), topic.config());
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
    }
}
