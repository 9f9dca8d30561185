package nl.totalservice.onboarding.platform.messaging;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The one Kafka client configuration of a service: every {@code kafka.*} property (environment
 * {@code KAFKA_*}): bootstrap servers, {@code security.protocol}, {@code sasl.mechanism},
 * {@code sasl.jaas.config}, {@code ssl.truststore.*}, {@code client.id}. The consumers (SmallRye
 * channels) and Kafka's readiness check get them from Quarkus; the outbox relay's and the
 * dead-letter publisher's producers get them here, so that no client connects differently.
 */
@ApplicationScoped
public class KafkaClientSettings {

    private final Map<String, Object> kafka;
    private final String clientIdBase;

    public KafkaClientSettings(@Identifier("default-kafka-broker") Map<String, Object> kafka,
                               @ConfigProperty(name = "quarkus.application.name") String applicationName,
                               @ConfigProperty(name = "kafka.client.id") Optional<String> clientId) {
        this.kafka = Map.copyOf(kafka);
        this.clientIdBase = clientId.filter(id -> !id.isBlank()).orElse(applicationName);
    }

    /**
     * Producer properties: the service's {@code kafka.*} settings that a producer knows, then
     * {@code overrides} (acks, timeouts: what the producer's job needs), and the client id
     * {@code <kafka.client.id or application name>-<role>}.
     */
    public Properties producer(String role, Map<String, String> overrides) {
        Properties props = new Properties();
        kafka.forEach((key, value) -> {
            if (ProducerConfig.configNames().contains(key) && value != null) {
                props.put(key, value);
            }
        });
        props.putAll(overrides);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, clientIdBase + "-" + role);
        return props;
    }
}
