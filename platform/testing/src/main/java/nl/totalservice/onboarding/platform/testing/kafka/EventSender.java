package nl.totalservice.onboarding.platform.testing.kafka;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

/**
 * Publishes events to a topic the way the outbox relay does (CloudEvents binary mode), so a
 * consumer can be tested with another service's events; also sends raw records for poison tests.
 */
public final class EventSender implements AutoCloseable {

    private final KafkaProducer<String, String> producer;

    public EventSender(String bootstrapServers) {
        this(bootstrapServers, Map.of());
    }

    /** A sender with further client settings (security protocol, SASL, ...), as a service's {@code kafka.*} without the prefix. */
    public EventSender(String bootstrapServers, Map<String, String> clientSettings) {
        Properties props = new Properties();
        props.putAll(clientSettings);
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    /** Sends an event with a new id; returns that id. */
    public String send(String topic, String key, String type, String json) {
        String id = UUID.randomUUID().toString();
        send(topic, key, id, type, json);
        return id;
    }

    /** Sends an event with the given id (send twice with one id to test redelivery). */
    public void send(String topic, String key, String id, String type, String json) {
        sendRaw(topic, key, json, Map.of(
                "ce_specversion", "1.0",
                "ce_id", id,
                "ce_type", type,
                "ce_source", "/test",
                "ce_subject", key,
                "ce_time", Instant.now().toString(),
                "content-type", "application/json"));
    }

    /** Sends a record with exactly these headers and body. */
    public void sendRaw(String topic, String key, String value, Map<String, String> headers) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, headerValue) ->
                record.headers().add(new RecordHeader(name, headerValue.getBytes(StandardCharsets.UTF_8))));
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Send to " + topic + " failed", e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
