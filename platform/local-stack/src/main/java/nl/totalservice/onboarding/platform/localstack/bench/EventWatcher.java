package nl.totalservice.onboarding.platform.localstack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * Reads partner-events and task-events as ops would, and notes when each flow's PartnerMatched and
 * TaskCreated became visible there (the time this process received them).
 */
final class EventWatcher implements AutoCloseable {

    static final String GROUP_PREFIX = "bench-watcher-";

    private final KafkaConsumer<String, String> consumer;
    private final Flows flows;
    private final ObjectMapper json = new ObjectMapper();
    private final Thread thread;
    private volatile boolean running = true;

    EventWatcher(String bootstrap, Flows flows) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP_PREFIX + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "true");
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "100");
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
        this.flows = flows;
        this.thread = new Thread(this::run, "bench-event-watcher");
        this.thread.setDaemon(true);
    }

    void start() {
        consumer.subscribe(List.of("partner-events", "task-events"));
        thread.start();
    }

    private void run() {
        try {
            while (running) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(200));
                long at = System.nanoTime();
                for (ConsumerRecord<String, String> record : records) {
                    handle(record, at);
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private void handle(ConsumerRecord<String, String> record, long at) {
        String type = header(record, "ce_type");
        if (type == null) {
            return;
        }
        switch (type) {
            case "PartnerMatched" -> {
                Flow flow = flows.byLead(uuid(record.key()));
                if (flow != null && flow.decided == 0) {
                    flow.decided = at;
                }
            }
            case "NoPartnerAvailable" -> flows.noPartnerAvailable.incrementAndGet();
            case "TaskCreated" -> {
                try {
                    JsonNode body = json.readTree(record.value());
                    Flow flow = flows.byLead(uuid(body.path("leadId").asText(null)));
                    UUID taskId = uuid(body.path("taskId").asText(null));
                    if (flow != null && taskId != null) {
                        flows.taskCreated(flow, taskId, at);
                    }
                } catch (Exception e) {
                    System.err.println("[bench] unreadable TaskCreated: " + e.getMessage());
                }
            }
            default -> {
                // other events are not timed
            }
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
