package nl.totalservice.onboarding.platform.messaging.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of event consumers ({@code messaging.consumer.*}). */
@ConfigMapping(prefix = "messaging.consumer")
public interface ConsumerConfig {

    /** Attempts to handle an event before it is dead-lettered (transient failures only). */
    @WithDefault("4")
    int maxAttempts();

    /** Wait before the second attempt; it doubles for each further attempt. */
    @WithDefault("200ms")
    Duration initialBackoff();

    /** Longest wait between two attempts while the database is away (those attempts are not counted). */
    @WithDefault("5s")
    Duration unavailableRetryInterval();
}
