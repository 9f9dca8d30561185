package nl.totalservice.onboarding.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Settings of the notification service ({@code notification.*}). */
@ConfigMapping(prefix = "notification")
public interface NotificationConfig {

    /** Base URL of the partner portal; a partner's task link is {@code <portal>/tasks/<taskId>}. */
    @WithDefault("https://portal.totalservice.nl")
    String portalBaseUrl();

    /** Base URL of the internal front end (coordinator, sales); defaults to the portal's. */
    Optional<String> internalBaseUrl();

    /** Sender address of every message. */
    @WithDefault("Total Service <noreply@totalservice.nl>")
    String from();

    /** The coordinator's address(es): escalations, urgent calls, no partner available. */
    @WithDefault("coordinator@totalservice.nl")
    List<String> coordinators();

    /** Language for recipients without a preference (partners without one, internal people). */
    @WithDefault("nl")
    String defaultLanguage();

    /** Language per internal recipient, e.g. {@code notification.recipient-languages."erik@totalservice.nl"=en}. */
    Map<String, String> recipientLanguages();

    /** Time zone in which times appear in messages. */
    @WithDefault("Europe/Amsterdam")
    ZoneId timeZone();

    /** Sending and retrying. */
    Delivery delivery();

    /** Events waiting for a partner we do not know yet. */
    Parking parking();

    /** Settings of the sender ({@code notification.delivery.*}). */
    interface Delivery {

        /** Whether this instance sends mail (the delivery log and intake work either way). */
        @WithDefault("true")
        boolean enabled();

        /** How often the sender looks for due notifications when it is idle. */
        @WithDefault("250ms")
        Duration pollInterval();

        /** Most notifications claimed and sent concurrently in one round. */
        @WithDefault("100")
        int batchSize();

        /** Attempts before a notification is marked FAILED (a manual retry grants this many again). */
        @WithDefault("8")
        int maxAttempts();

        /** Wait after the first failed attempt; it doubles after each further failure. */
        @WithDefault("30s")
        Duration initialBackoff();

        /** Longest wait between two attempts. */
        @WithDefault("1h")
        Duration maxBackoff();

        /** Longest time one send may take before it counts as failed. */
        @WithDefault("30s")
        Duration sendTimeout();

        /** A claimed notification whose sender died is due again after this (longer than any send). */
        @WithDefault("2m")
        Duration claimLease();
    }

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
