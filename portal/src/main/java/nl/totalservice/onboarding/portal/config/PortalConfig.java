package nl.totalservice.onboarding.portal.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** The portal's settings: where the four services are, how people sign in, the session cookie. */
@ConfigMapping(prefix = "portal")
public interface PortalConfig {

    /** How people sign in: OIDC (the organisation's identity provider) or DEVELOPMENT (pick a role; local only). */
    @WithDefault("oidc")
    SignInMode signIn();

    /** Lets a production build use development sign-in (the local stack and browser tests only; never a deployment). */
    @WithDefault("false")
    boolean allowDevelopmentSignIn();

    /** Base URLs of the services' public REST APIs. */
    Services services();

    /** The session cookie. */
    Session session();

    /** Base URLs of the four services. */
    interface Services {

        /** lead-service (leads, interest, onboarding, timeline). */
        @WithDefault("http://localhost:8081")
        String lead();

        /** partner-service (partners, decisions, fairness). */
        @WithDefault("http://localhost:8082")
        String partner();

        /** task-service (queue, tasks, calls, the partner's tasks). */
        @WithDefault("http://localhost:8083")
        String task();

        /** How long a call to a service may take before its part of the page says it is unavailable. */
        @WithDefault("10s")
        Duration timeout();
    }

    /** The encrypted session cookie. */
    interface Session {

        /** Secret the session cookie is encrypted with (32+ characters); a random one per start when absent. */
        Optional<String> secret();

        /** How long a sign-in lasts. */
        @WithDefault("12h")
        Duration maxAge();

        /** Send the cookie only over HTTPS (on in production behind TLS). */
        @WithDefault("true")
        boolean secure();
    }
}
