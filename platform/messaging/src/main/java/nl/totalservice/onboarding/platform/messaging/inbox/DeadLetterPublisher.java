package nl.totalservice.onboarding.platform.messaging.inbox;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import nl.totalservice.onboarding.platform.messaging.CloudEventHeaders;
import nl.totalservice.onboarding.platform.messaging.KafkaClientSettings;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

/**
 * Writes a record that could not be handled to {@code <topic>.dlq}: same key, body and headers, plus
 * {@code dlq_*} headers saying who gave up, why, after how many attempts, and where it came from.
 * It waits until Kafka acknowledges (retrying while Kafka is away), so the consumer only moves on
 * when the record is safe.
 */
@ApplicationScoped
public class DeadLetterPublisher {

    private static final Logger LOG = Logger.getLogger(DeadLetterPublisher.class);
    private static final int MAX_HEADER = 4000;

    private final KafkaClientSettings kafka;
    private final String applicationName;
    private Producer<String, String> producer;

    public DeadLetterPublisher(KafkaClientSettings kafka,
                               @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.kafka = kafka;
        this.applicationName = applicationName;
    }

    public void publish(String consumer, ConsumerRecord<String, String> record, Throwable cause, int attempts) {
        ProducerRecord<String, String> dead = new ProducerRecord<>(record.topic() + CloudEventHeaders.DLQ_SUFFIX,
                record.key(), record.value());
        for (Header header : record.headers()) {
            dead.headers().add(header);
        }
        header(dead, CloudEventHeaders.DLQ_CONSUMER, applicationName + "/" + consumer);
        header(dead, CloudEventHeaders.DLQ_ERROR_CLASS, cause.getClass().getName());
        header(dead, CloudEventHeaders.DLQ_ERROR_MESSAGE, String.valueOf(cause.getMessage()));
        header(dead, CloudEventHeaders.DLQ_ATTEMPTS, Integer.toString(attempts));
        header(dead, CloudEventHeaders.DLQ_ORIGINAL_TOPIC, record.topic());
        header(dead, CloudEventHeaders.DLQ_ORIGINAL_PARTITION, Integer.toString(record.partition()));
        header(dead, CloudEventHeaders.DLQ_ORIGINAL_OFFSET, Long.toString(record.offset()));
        header(dead, CloudEventHeaders.DLQ_FAILED_AT, Instant.now().toString());
        Duration backoff = Duration.ofMillis(500);
        while (true) {
            try {
                producer().send(dead).get();
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while dead-lettering", e);
            } catch (ExecutionException | RuntimeException e) {
                LOG.warnf("Could not write to %s, retrying in %s: %s", dead.topic(), backoff, e.toString());
                try {
                    Thread.sleep(backoff.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while dead-lettering", interrupted);
                }
                backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0
                        ? Duration.ofSeconds(30) : backoff.multipliedBy(2);
            }
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        String bounded = value.length() > MAX_HEADER ? value.substring(0, MAX_HEADER) : value;
        record.headers().remove(name);
        record.headers().add(new RecordHeader(name, bounded.getBytes(StandardCharsets.UTF_8)));
    }

    private synchronized Producer<String, String> producer() {
        if (producer == null) {
            Properties props = kafka.producer("dead-letters", Map.of(
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                    ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000",
                    ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000",
                    ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000"));
            producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
