package nl.totalservice.onboarding.platform.localstack;

import nl.totalservice.onboarding.platform.testing.kafka.topics.StrimziTopics;
import nl.totalservice.onboarding.platform.testing.kafka.topics.TopicDefinition;
import nl.totalservice.onboarding.platform.testing.kafka.topics.TopicProvisioner;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code run-local.sh topics}: applies deploy/kafka/topics.yaml to any broker with the Kafka Admin client, or
 * renders it as Strimzi KafkaTopic resources. Idempotent; see docs/runbook.md "Topics".
 */
public final class TopicsCommand {

    static final String USAGE = """
            Usage: run-local.sh topics --bootstrap-servers <host:port> [--kafka-config <file>] [--increase-partitions]
                                       [--file <topics.yaml>]
                   run-local.sh topics --render-strimzi <out.yaml> [--cluster <strimzi Kafka name>] [--file <topics.yaml>]

              Creates every topic of deploy/kafka/topics.yaml that the broker lacks and sets their topic settings;
              raises partition counts only with --increase-partitions (it moves keys to other partitions: read
              docs/runbook.md first); never lowers them nor deletes a topic. --kafka-config: a file of kafka.*
              client properties (security.protocol, sasl.*, ssl.*), as a service's; KAFKA_* variables work too.
            """;

    private TopicsCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), Path.of(System.getProperty("user.dir")).toAbsolutePath(), System.getenv()));
    }

    static int run(List<String> args, Path projectDir, Map<String, String> environment) {
        String bootstrap = null;
        Path file = projectDir.resolve("deploy/kafka/topics.yaml");
        Path kafkaConfig = null;
        Path strimzi = null;
        String cluster = "onboarding-kafka";
        boolean increase = false;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "topics" -> { }
                case "--bootstrap-servers", "--bootstrap" -> bootstrap = value(args, ++i);
                case "--kafka-config" -> kafkaConfig = Path.of(value(args, ++i));
                case "--file" -> file = Path.of(value(args, ++i));
                case "--project-dir" -> file = Path.of(value(args, ++i)).resolve("deploy/kafka/topics.yaml");
                case "--render-strimzi" -> strimzi = Path.of(value(args, ++i));
                case "--cluster" -> cluster = value(args, ++i);
                case "--increase-partitions" -> increase = true;
                default -> {
                    System.err.println((args.get(i).equals("--help") ? "" : "Unknown option " + args.get(i) + "\n") + USAGE);
                    return args.get(i).equals("--help") ? 0 : 2;
                }
            }
        }
        try {
            List<TopicDefinition> topics = TopicDefinition.load(file);
            if (strimzi != null) {
                Files.writeString(strimzi, StrimziTopics.render(topics, cluster));
                System.out.println("[topics] wrote " + topics.size() + " KafkaTopic resources to " + strimzi);
                return 0;
            }
            if (bootstrap == null) {
                System.err.println("--bootstrap-servers is required\n" + USAGE);
                return 2;
            }
            apply(bootstrap, KafkaSettings.read(environment, kafkaConfig), topics, increase).forEach(line -> System.out.println("[topics] " + line));
            return 0;
        } catch (IOException | RuntimeException | java.util.concurrent.ExecutionException e) {
            System.err.println("[topics] failed: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** Applies the definitions to the broker at {@code bootstrap} with extra client settings; the report lines. */
    static List<String> apply(String bootstrap, Map<String, String> clientSettings, List<TopicDefinition> topics, boolean increase)
            throws java.util.concurrent.ExecutionException, InterruptedException {
        Map<String, Object> config = new HashMap<>(clientSettings);
        config.remove("bootstrap.servers");
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        try (Admin admin = Admin.create(config)) {
            List<String> report = new TopicProvisioner(admin).apply(topics, increase);
            return report.isEmpty() ? List.of(topics.size() + " topics as defined, nothing to change") : report;
        }
    }

    private static String value(List<String> args, int i) {
        if (i >= args.size()) {
            throw new IllegalArgumentException("Option " + args.get(i - 1) + " needs a value");
        }
        return args.get(i);
    }
}
