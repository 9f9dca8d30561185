package nl.totalservice.onboarding.notification.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of the sender ({@code notification.delivery.*}). */
@ConfigMapping(prefix = "notification.delivery")
public interface DeliveryConfig {

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
