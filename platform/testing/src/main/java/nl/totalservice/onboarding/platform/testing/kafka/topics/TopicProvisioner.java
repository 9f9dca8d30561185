package nl.totalservice.onboarding.platform.testing.kafka.topics;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;

/**
 * Makes a broker hold the defined topics: creates the missing ones, sets their topic-level settings, and raises
 * partition counts only when asked (more partitions move keys: see docs/runbook.md). Never deletes a topic
 * nor lowers partitions (Kafka cannot). Running it twice changes nothing the second time.
 */
public final class TopicProvisioner {

    private static final Duration VISIBLE_TIMEOUT = Duration.ofSeconds(30);

    private final Admin admin;

    public TopicProvisioner(Admin admin) {
        this.admin = admin;
    }

    /** Applies the definitions; returns one line per action or finding, for the operator. */
    public List<String> apply(Collection<TopicDefinition> definitions, boolean increasePartitions)
            throws ExecutionException, InterruptedException {
        int brokers = admin.describeCluster().nodes().get().size();
        Set<String> existing = admin.listTopics().names().get();
        List<String> report = new ArrayList<>();
        List<TopicDefinition> wanted = definitions.stream().map(definition -> definition.onCluster(brokers)).toList();
        for (TopicDefinition topic : wanted) {
            if (!existing.contains(topic.name())) {
                create(topic);
                short defined = definitionOf(definitions, topic.name()).replicationFactor();
                report.add("created " + topic.name() + " (" + topic.partitions() + " partitions, replication "
                        + topic.replicationFactor() + (topic.replicationFactor() < defined
                        ? ", not " + defined + ": the cluster has " + brokers + " broker(s)" : "") + ")");
                continue;
            }
            TopicDescription description = admin.describeTopics(List.of(topic.name())).allTopicNames().get().get(topic.name());
            int current = description.partitions().size();
            if (current < topic.partitions()) {
                if (increasePartitions) {
                    admin.createPartitions(Map.of(topic.name(), NewPartitions.increaseTo(topic.partitions()))).all().get();
                    report.add("raised " + topic.name() + " from " + current + " to " + topic.partitions() + " partitions");
                } else {
                    report.add("WARNING " + topic.name() + " has " + current + " partitions, defined " + topic.partitions()
                            + ": rerun with --increase-partitions to raise them (moves keys: docs/runbook.md)");
                }
            } else if (current > topic.partitions()) {
                report.add("WARNING " + topic.name() + " has " + current + " partitions, more than the " + topic.partitions()
                        + " defined; Kafka cannot lower them: raise the definition");
            }
            alignConfig(topic, report);
        }
        return report;
    }

    /**
     * Creates the topic. "Already exists" counts as created: under load the broker may forward a create to the
     * controller twice, and the topic is then not yet in every broker's metadata; the next run aligns it.
     */
    private void create(TopicDefinition topic) throws ExecutionException, InterruptedException {
        try {
            admin.createTopics(List.of(new NewTopic(topic.name(), topic.partitions(), topic.replicationFactor())
                    .configs(topic.config()))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        awaitVisible(topic.name());
    }

    /** Waits until the broker's metadata shows the topic, so that what runs next (a service, a second run) finds it. */
    private void awaitVisible(String name) throws ExecutionException, InterruptedException {
        long deadline = System.nanoTime() + VISIBLE_TIMEOUT.toNanos();
        while (true) {
            try {
                admin.describeTopics(List.of(name)).allTopicNames().get();
                return;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(100); // metadata reaches the broker asynchronously after the controller created the topic
            }
        }
    }

    private void alignConfig(TopicDefinition topic, List<String> report) throws ExecutionException, InterruptedException {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic.name());
        Map<String, String> actual = admin.describeConfigs(List.of(resource)).all().get().get(resource).entries().stream()
                .filter(entry -> entry.value() != null)
                .collect(java.util.stream.Collectors.toMap(ConfigEntry::name, ConfigEntry::value));
        List<AlterConfigOp> changes = topic.config().entrySet().stream()
                .filter(entry -> !entry.getValue().equals(actual.get(entry.getKey())))
                .map(entry -> new AlterConfigOp(new ConfigEntry(entry.getKey(), entry.getValue()), AlterConfigOp.OpType.SET))
                .toList();
        if (!changes.isEmpty()) {
            admin.incrementalAlterConfigs(Map.of(resource, changes)).all().get();
            changes.forEach(change -> report.add("set " + topic.name() + " " + change.configEntry().name() + "="
                    + change.configEntry().value() + " (was " + actual.get(change.configEntry().name()) + ")"));
        }
    }

    private static TopicDefinition definitionOf(Collection<TopicDefinition> definitions, String name) {
        return definitions.stream().filter(definition -> definition.name().equals(name)).findFirst().orElseThrow();
    }
}
