package nl.totalservice.onboarding.platform.testing.kafka.topics;

import nl.totalservice.onboarding.platform.testing.yaml.YamlTree;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One topic as defined in deploy/kafka/topics.yaml: its partitions, replication and topic-level settings. */
public record TopicDefinition(String name, String description, int partitions, short replicationFactor,
                              Map<String, String> config) {

    public TopicDefinition {
        if (name == null || name.isBlank() || partitions < 1 || replicationFactor < 1) {
            throw new IllegalArgumentException("topic " + name + " needs a name, partitions >= 1 and replicationFactor >= 1");
        }
        config = Collections.unmodifiableMap(new TreeMap<>(config));
    }

    /** Reads every topic of a topics.yaml. */
    public static List<TopicDefinition> load(Path file) {
        List<TopicDefinition> topics = new ArrayList<>();
        for (Object topic : YamlTree.list(YamlTree.read(file), "topics")) {
            Map<String, String> config = new LinkedHashMap<>();
            YamlTree.map(topic, "config").forEach((key, value) -> config.put(key, String.valueOf(value)));
            topics.add(new TopicDefinition(YamlTree.string(topic, "name"), YamlTree.string(topic, "description"),
                    Integer.parseInt(YamlTree.string(topic, "partitions")),
                    Short.parseShort(YamlTree.string(topic, "replicationFactor")), config));
        }
        return topics;
    }

    /** This topic on a cluster of {@code brokers} nodes: replication and min.insync.replicas no higher than it allows. */
    public TopicDefinition onCluster(int brokers) {
        short replication = (short) Math.min(replicationFactor, brokers);
        Map<String, String> capped = new LinkedHashMap<>(config);
        capped.computeIfPresent("min.insync.replicas", (key, value) -> Integer.toString(Math.min(Integer.parseInt(value), replication)));
        return new TopicDefinition(name, description, partitions, replication, capped);
    }
}
