package nl.totalservice.onboarding.platform.localstack;

import nl.totalservice.onboarding.platform.testing.jwt.DevTokens;

import java.nio.file.Path;
import java.util.Map;

/**
 * The settings every locally started service gets (local stack, benchmark and fault runs alike). The
 * services run packaged (prod profile), which has no development defaults: the development key and
 * issuer are set here explicitly, as a deployment sets its identity provider's.
 */
public final class ServiceEnvironment {

    private ServiceEnvironment() {
    }

    /**
     * Adds Kafka, the plain-SMTP mailer, the development bearer-token key and issuer and, when given, the
     * gazetteer file to {@code env}. The database settings are the caller's (it knows the server).
     */
    public static void addInfrastructure(Map<String, String> env, String kafkaBootstrap, String smtpHost, int smtpPort,
                                         Path gazetteer) {
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap);
        env.put("QUARKUS_MAILER_HOST", smtpHost);
        env.put("QUARKUS_MAILER_PORT", Integer.toString(smtpPort));
        env.put("QUARKUS_MAILER_START_TLS", "DISABLED");
        env.put("QUARKUS_MAILER_TLS", "false");
        env.put("QUARKUS_MAILER_MOCK", "false");
        addDevelopmentKey(env);
        if (gazetteer != null) {
            env.put("PARTNER_GAZETTEER_PATH", gazetteer.toString());
        }
    }

    /** Verifies bearer tokens with the DEVELOPMENT key pair (whose private half is in the repository). */
    public static void addDevelopmentKey(Map<String, String> env) {
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", DevTokens.PUBLIC_KEY_LOCATION);
        env.put("MP_JWT_VERIFY_ISSUER", DevTokens.ISSUER);
    }
}
