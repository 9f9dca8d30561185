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

    /**
     * The portal's settings: the four services' base URLs (name to URL, as {@link ServiceDefinition#baseUrl()}),
     * and development sign-in, which a packaged portal refuses unless it is switched on like this.
     */
    public static Map<String, String> portal(int port, Map<String, String> serviceUrls) {
        Map<String, String> env = new java.util.LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("PORTAL_SERVICES_LEAD", serviceUrls.get("lead-service"));
        env.put("PORTAL_SERVICES_PARTNER", serviceUrls.get("partner-service"));
        env.put("PORTAL_SERVICES_TASK", serviceUrls.get("task-service"));
        env.put("PORTAL_SIGN_IN", "development");
        env.put("PORTAL_ALLOW_DEVELOPMENT_SIGN_IN", "true");
        env.put("PORTAL_SESSION_SECURE", "false");
        return env;
    }

    /** Links in emails point at the local portal's pages. */
    public static void addPortalLinks(Map<String, String> env, String portalUrl) {
        env.put("NOTIFICATION_PORTAL_BASE_URL", portalUrl);
        env.put("NOTIFICATION_INTERNAL_BASE_URL", portalUrl);
    }

    /** Verifies bearer tokens with the DEVELOPMENT key pair (whose private half is in the repository). */
    public static void addDevelopmentKey(Map<String, String> env) {
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", DevTokens.PUBLIC_KEY_LOCATION);
        env.put("MP_JWT_VERIFY_ISSUER", DevTokens.ISSUER);
    }
}
