package nl.totalservice.onboarding.platform.localstack;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Ops commands on the topics, with no Kafka installation needed:
 * {@code events <topic>} prints a topic's events (filter by key or type, follow new ones);
 * {@code redrive <topic>.dlq} sends dead-lettered events back to their topic (consumers de-duplicate
 * by {@code ce_id}, so a re-drive never repeats an effect that already happened).
 */
final class EventTool {

    static final String USAGE = """
            Usage: run-local.sh events <topic> [--bootstrap host:port] [--kafka-config <file>] [--key <aggregate id>] [--type <ce_type>] [--follow]
                   run-local.sh redrive <topic>.dlq [--bootstrap host:port] [--kafka-config <file>] [--id <ce_id>] [--dry-run]
              events   prints the topic's records from the beginning: offset, key, ce_type, ce_id, ce_time, dlq_* headers, body
              redrive  sends records of a dead-letter topic back to their original topic, without the dlq_* headers;
                       every record not re-driven before (consumer group onboarding-redrive), or only the one with --id
              --bootstrap defaults to KAFKA_BOOTSTRAP_SERVERS, else 127.0.0.1:9092 (the local stack; docker compose: localhost:9094)
              --kafka-config a file of kafka.* properties (security.protocol, sasl.*, ssl.truststore.*, client.id), as the
                       services take them; the KAFKA_* environment variables the services read apply too
            """;

    private final PrintStream out;
    private final Map<String, String> environment;
    private Map<String, String> kafka = Map.of();

    EventTool(PrintStream out) {
        this(out, System.getenv());
    }

    /** A tool that reads its {@code KAFKA_*} settings from {@code environment}. */
    EventTool(PrintStream out, Map<String, String> environment) {
        this.out = out;
        this.environment = environment;
    }

    int run(List<String> command) {
        if (command.size() < 2) {
            out.println(USAGE);
            return 2;
        }
        String topic = command.get(1);
        String file = option(command, "--kafka-config", null);
        kafka = KafkaSettings.read(environment, file == null ? null : Path.of(file));
        String bootstrap = option(command, "--bootstrap", kafka.getOrDefault("bootstrap.servers", "127.0.0.1:9092"));
        return switch (command.get(0)) {
            case "events" -> events(bootstrap, topic, option(command, "--key", null), option(command, "--type", null),
                    command.contains("--follow"));
            case "redrive" -> redrive(bootstrap, topic, option(command, "--id", null), command.contains("--dry-run"));
            default -> {
                out.println(USAGE);
                yield 2;
            }
        };
    }

    private int events(String bootstrap, String topic, String key, String type, boolean follow) {
        try (KafkaConsumer<String, String> consumer = consumer(bootstrap, "onboarding-events-" + UUID.randomUUID())) {
            consumer.subscribe(List.of(topic));
            int shown = 0;
            int idlePolls = 0;
            while (follow || idlePolls < 6) {
                var records = consumer.poll(Duration.ofMillis(500));
                idlePolls = records.isEmpty() ? idlePolls + 1 : 0;
                for (ConsumerRecord<String, String> record : records) {
                    if ((key == null || key.equals(record.key())) && (type == null || type.equals(header(record, "ce_type")))) {
                        print(record);
                        shown++;
                    }
                }
            }
            out.println("(" + shown + " record(s))");
            return 0;
        }
    }

    private int redrive(String bootstrap, String deadLetterTopic, String id, boolean dryRun) {
        if (!deadLetterTopic.endsWith(".dlq")) {
            out.println("Not a dead-letter topic (they end in .dlq): " + deadLetterTopic);
            return 2;
        }
        String group = id == null ? "onboarding-redrive" : "onboarding-redrive-" + UUID.randomUUID();
        List<ConsumerRecord<String, String>> selected = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer(bootstrap, group)) {
            consumer.subscribe(List.of(deadLetterTopic));
            int idlePolls = 0;
            while (idlePolls < 6) {
                var records = consumer.poll(Duration.ofMillis(500));
                idlePolls = records.isEmpty() ? idlePolls + 1 : 0;
                records.forEach(record -> {
                    if (id == null || id.equals(header(record, "ce_id"))) {
                        selected.add(record);
                    }
                });
            }
            if (!dryRun) {
                send(bootstrap, deadLetterTopic, selected);
                consumer.commitSync();
            }
        }
        selected.forEach(this::print);
        out.println((dryRun ? "Would re-drive " : "Re-drove ") + selected.size() + " record(s) from " + deadLetterTopic);
        return 0;
    }

    private void send(String bootstrap, String deadLetterTopic, List<ConsumerRecord<String, String>> records) {
        Properties props = clientProperties(ProducerConfig.configNames(), "redrive");
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            for (ConsumerRecord<String, String> record : records) {
                String original = header(record, "dlq_original_topic");
                String target = original != null ? original : deadLetterTopic.substring(0, deadLetterTopic.length() - 4);
                ProducerRecord<String, String> redriven = new ProducerRecord<>(target, record.key(), record.value());
                for (Header header : record.headers()) {
                    if (!header.key().startsWith("dlq_")) {
                        redriven.headers().add(header);
                    }
                }
                redriven.headers().add(new RecordHeader("redriven_from",
                        (deadLetterTopic + "@" + record.partition() + ":" + record.offset()).getBytes(StandardCharsets.UTF_8)));
                sent.add(producer.send(redriven));
            }
            producer.flush();
            for (Future<RecordMetadata> send : sent) {
                send.get(); // a record the broker did not take fails here, before the dead letters are committed
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("Re-driving failed; nothing was committed, run it again: " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while re-driving; nothing was committed", e);
        }
    }

    private void print(ConsumerRecord<String, String> record) {
        StringBuilder line = new StringBuilder();
        line.append(record.partition()).append(':').append(record.offset())
                .append("  key=").append(record.key())
                .append("  ").append(header(record, "ce_type"))
                .append("  id=").append(header(record, "ce_id"))
                .append("  time=").append(header(record, "ce_time"));
        for (Header header : record.headers()) {
            if (header.key().startsWith("dlq_")) {
                line.append("  ").append(header.key()).append('=').append(value(header));
            }
        }
        out.println(line);
        out.println("    " + record.value());
    }

    private KafkaConsumer<String, String> consumer(String bootstrap, String group) {
        Properties props = clientProperties(ConsumerConfig.configNames(), "events");
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }

    /** The {@code kafka.*} settings a client of this kind knows, with the client id {@code <client.id>-<role>}. */
    private Properties clientProperties(Set<String> known, String role) {
        Properties props = new Properties();
        kafka.forEach((key, value) -> {
            if (known.contains(key)) {
                props.put(key, value);
            }
        });
        props.put("client.id", kafka.getOrDefault("client.id", "onboarding-ops") + "-" + role);
        return props;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : value(header);
    }

    private static String value(Header header) {
        return header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String option(List<String> command, String name, String fallback) {
        int index = command.indexOf(name);
        return index >= 0 && index + 1 < command.size() ? command.get(index + 1) : fallback;
    }
}
