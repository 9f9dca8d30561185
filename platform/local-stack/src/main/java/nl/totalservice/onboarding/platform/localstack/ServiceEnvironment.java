package nl.totalservice.onboarding.platform.localstack;

import java.nio.file.Path;
import java.util.Map;

/** The messaging, mail and gazetteer settings every locally started service gets (local stack and benchmark alike). */
public final class ServiceEnvironment {

    private ServiceEnvironment() {
    }

    /** Adds Kafka, the plain-SMTP mailer and, when given, the gazetteer file to {@code env}. */
    public static void addInfrastructure(Map<String, String> env, String kafkaBootstrap, String smtpHost, int smtpPort,
                                         Path gazetteer) {
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap);
        env.put("QUARKUS_MAILER_HOST", smtpHost);
        env.put("QUARKUS_MAILER_PORT", Integer.toString(smtpPort));
        env.put("QUARKUS_MAILER_START_TLS", "DISABLED");
        env.put("QUARKUS_MAILER_TLS", "false");
        env.put("QUARKUS_MAILER_MOCK", "false");
        if (gazetteer != null) {
            env.put("PARTNER_GAZETTEER_PATH", gazetteer.toString());
        }
    }
}
