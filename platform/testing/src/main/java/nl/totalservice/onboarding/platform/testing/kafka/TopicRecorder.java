package nl.totalservice.onboarding.platform.testing.kafka;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Reads topics from the beginning in the background and keeps every record, so a test can wait for
 * the events it expects ({@link #await(Predicate, Duration)}) and check what else was published.
 */
public final class TopicRecorder implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<RecordedEvent> records = new ArrayList<>();
    private final Thread poller;
    private volatile boolean running = true;

    private TopicRecorder(String bootstrapServers, Map<String, String> clientSettings, List<String> topics) {
        Properties props = new Properties();
        props.putAll(clientSettings);
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-recorder-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "500");
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(topics);
        poller = new Thread(this::poll, "topic-recorder-" + topics);
        poller.setDaemon(true);
        poller.start();
    }

    /** Starts recording {@code topics} (from their first offset; topics may not exist yet). */
    public static TopicRecorder record(String bootstrapServers, String... topics) {
        return new TopicRecorder(bootstrapServers, Map.of(), Arrays.asList(topics));
    }

    /** Records {@code topics} with further client settings (security protocol, SASL, ...) without the {@code kafka.} prefix. */
    public static TopicRecorder record(String bootstrapServers, Map<String, String> clientSettings, String... topics) {
        return new TopicRecorder(bootstrapServers, clientSettings, Arrays.asList(topics));
    }

    private void poll() {
        try {
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    synchronized (records) {
                        records.add(RecordedEvent.of(record));
                    }
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    /** Everything recorded so far, in arrival order. */
    public List<RecordedEvent> all() {
        synchronized (records) {
            return List.copyOf(records);
        }
    }

    public List<RecordedEvent> matching(Predicate<RecordedEvent> predicate) {
        return all().stream().filter(predicate).toList();
    }

    /** Recorded events of a CloudEvents type ({@code ce_type}). */
    public List<RecordedEvent> ofType(String type) {
        return matching(event -> type.equals(event.type()));
    }

    /** Waits until an event matches and returns the first one that does. */
    public RecordedEvent await(Predicate<RecordedEvent> predicate, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            List<RecordedEvent> found = matching(predicate);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            pause();
        }
        throw new AssertionError("No matching event within " + timeout + "; recorded: " + describe());
    }

    /** Waits until an event of {@code type} matches and returns it. */
    public RecordedEvent awaitType(String type, Predicate<RecordedEvent> predicate, Duration timeout) {
        return await(event -> type.equals(event.type()) && predicate.test(event), timeout);
    }

    /** Waits for an event of {@code type} with the given subject (aggregate id). */
    public RecordedEvent awaitType(String type, String subject, Duration timeout) {
        return awaitType(type, event -> subject.equals(event.subject()), timeout);
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private String describe() {
        return all().stream().map(event -> event.topic() + ":" + event.type() + "(" + event.subject() + ")").toList()
                .toString();
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            poller.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
