package nl.totalservice.onboarding.platform.testing.kafka.topics;

import java.util.List;

/** The topic definitions as Strimzi {@code KafkaTopic} resources, for a Kubernetes cluster run by the Strimzi operator. */
public final class StrimziTopics {

    private StrimziTopics() {
    }

    /** One multi-document YAML; {@code cluster} is the name of the Strimzi {@code Kafka} resource. */
    public static String render(List<TopicDefinition> topics, String cluster) {
        StringBuilder yaml = new StringBuilder("# GENERATED from deploy/kafka/topics.yaml by `./run-local.sh topics --render-strimzi <file>`;\n"
                + "# edit topics.yaml, then re-render (TopicsCommandTest fails while this file is out of step).\n");
        for (TopicDefinition topic : topics) {
            yaml.append("---\n")
                    .append("apiVersion: kafka.strimzi.io/v1beta2\n")
                    .append("kind: KafkaTopic\n")
                    .append("metadata:\n")
                    .append("  name: ").append(topic.name().replace('.', '-')).append('\n')
                    .append("  labels:\n")
                    .append("    strimzi.io/cluster: ").append(cluster).append('\n')
                    .append("spec:\n")
                    .append("  topicName: ").append(topic.name()).append('\n')
                    .append("  partitions: ").append(topic.partitions()).append('\n')
                    .append("  replicas: ").append(topic.replicationFactor()).append('\n')
                    .append("  config:\n");
            topic.config().forEach((key, value) -> yaml.append("    ").append(key).append(": \"").append(value).append("\"\n"));
        }
        return yaml.toString();
    }
}
