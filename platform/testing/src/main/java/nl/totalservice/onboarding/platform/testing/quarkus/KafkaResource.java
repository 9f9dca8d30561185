package nl.totalservice.onboarding.platform.testing.quarkus;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import nl.totalservice.onboarding.platform.testing.infra.SharedInfrastructure;

import java.util.Map;

/** Quarkus test resource: a real in-process KRaft Kafka broker, one per test JVM. */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", SharedInfrastructure.kafka().bootstrapServers());
    }

    @Override
    public void stop() {
        // the broker lives as long as the JVM: other test classes reuse it
    }
}
