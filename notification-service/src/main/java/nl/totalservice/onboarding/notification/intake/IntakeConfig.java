package nl.totalservice.onboarding.notification.intake;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Who receives what, in which language, and how parked events are retried ({@code notification.*}). */
@ConfigMapping(prefix = "notification")
public interface IntakeConfig {

    /** The coordinator's address(es): escalations, urgent calls, no partner available. */
    @WithDefault("coordinator@totalservice.nl")
    List<String> coordinators();

    /** Language for recipients without a preference (partners without one, internal people). */
    @WithDefault("nl")
    String defaultLanguage();

    /** Language per internal recipient, e.g. {@code notification.recipient-languages."erik@totalservice.nl"=en}. */
    Map<String, String> recipientLanguages();

    /** Events waiting for a partner we do not know yet. */
    Parking parking();

    /** Settings of parked events ({@code notification.parking.*}). */
    interface Parking {

        /** How often parked events are checked against the known partners (besides on each partner event). */
        @WithDefault("30s")
        Duration retryInterval();

        /** Most parked events handled in one periodic check. */
        @WithDefault("100")
        int batchSize();
    }
}
