package nl.totalservice.onboarding.platform.messaging.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;

/** Settings of the outbox and its relay ({@code messaging.outbox.*}). */
@ConfigMapping(prefix = "messaging.outbox")
public interface OutboxConfig {

    /** Whether this instance runs the relay (the outbox is always written). */
    @WithDefault("true")
    boolean relayEnabled();

    /** How long the relay waits for new events when nothing wakes it. */
    @WithDefault("500ms")
    Duration pollInterval();

    /**
     * How long the relay may leave what it sent unmarked, so that the mark rides on the select of its next
     * batch (one round trip per wake-up instead of two). An instance that dies meanwhile leaves those events
     * to be sent again by the next relay; consumers de-duplicate them. 0 marks each batch at once.
     */
    @WithDefault("100ms")
    Duration markDelay();

    /** Most events published in one relay transaction. */
    @WithDefault("500")
    int batchSize();

    /** Longest wait after a failed batch (the wait doubles from the poll interval up to this). */
    @WithDefault("30s")
    Duration maxBackoff();

    /** How long published events stay in the outbox table (for inspection) before deletion. */
    @WithDefault("P7D")
    Duration retention();

    /** How long handled event ids stay in the inbox table (redeliveries older than this are not recognised). */
    @WithDefault("P30D")
    Duration inboxRetention();

    /** The {@code ce_source} of this service's events; by default {@code /<application name>}. */
    @WithName("source")
    java.util.Optional<String> source();
}
