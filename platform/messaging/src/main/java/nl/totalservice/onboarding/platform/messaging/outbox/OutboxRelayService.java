package nl.totalservice.onboarding.platform.messaging.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import nl.totalservice.onboarding.platform.messaging.KafkaClientSettings;
import nl.totalservice.onboarding.platform.messaging.tracing.MessagingTracer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the outbox relay on its own thread from start-up to shut-down: publishes a batch whenever a
 * transaction with events commits (or every poll interval), backs off while Kafka is away, and
 * deletes published rows after the retention period. Shut-down lets the current batch end cleanly.
 */
@ApplicationScoped
public class OutboxRelayService {

    private static final Logger LOG = Logger.getLogger(OutboxRelayService.class);
    private static final Duration CLEANUP_EVERY = Duration.ofMinutes(10);

    private final AgroalDataSource dataSource;
    private final OutboxConfig config;
    private final RelaySignal signal;
    private final OutboxMaintenance maintenance;
    private final KafkaClientSettings kafka;
    private final MessagingTracer tracer;
    private final String source;
    private final Counter published;
    private final Counter failures;

    private final AtomicReference<String> lastError = new AtomicReference<>();
    private volatile Instant lastSuccess;
    private volatile boolean leads;
    private volatile boolean running;
    private Thread thread;

    public OutboxRelayService(AgroalDataSource dataSource, OutboxConfig config, RelaySignal signal,
                              OutboxMaintenance maintenance, MeterRegistry registry,
                              KafkaClientSettings kafka, MessagingTracer tracer,
                              @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.dataSource = dataSource;
        this.config = config;
        this.signal = signal;
        this.maintenance = maintenance;
        this.kafka = kafka;
        this.tracer = tracer;
        this.source = config.source().orElse("/" + applicationName);
        this.published = Counter.builder("outbox.events.published")
                .description("Events the outbox relay published to Kafka").register(registry);
        this.failures = Counter.builder("outbox.relay.failures")
                .description("Relay batches that failed (Kafka or database unavailable)").register(registry);
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.relayEnabled()) {
            LOG.info("Outbox relay disabled on this instance (messaging.outbox.relay-enabled=false)");
            return;
        }
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    /** Stops after the batch in progress; events not yet sent stay in the outbox. */
    public void stop() {
        running = false;
        Thread current = thread;
        if (current != null) {
            signal.wake();
            try {
                current.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    public boolean isRunning() {
        Thread current = thread;
        return running && current != null && current.isAlive();
    }

    /** Whether this instance's relay holds the lead (of the instances of one service, one does). */
    public boolean leads() {
        return leads;
    }

    public Instant lastSuccess() {
        return lastSuccess;
    }

    public String lastError() {
        return lastError.get();
    }

    private void run() {
        Duration backoff = config.pollInterval();
        Instant nextCleanup = Instant.now().plus(Duration.ofSeconds(30));
        Producer<String, String> producer = createProducer();
        OutboxRelay relay = newRelay(producer);
        try {
            while (running) {
                try {
                    OutboxRelay.BatchResult result = relay.publishBatch(() -> running);
                    published.increment(result.published());
                    leads = result.locked();
                    lastSuccess = Instant.now();
                    lastError.set(null);
                    backoff = config.pollInterval();
                    if (Instant.now().isAfter(nextCleanup)) {
                        maintenance.deleteExpired(config.retention(), config.inboxRetention());
                        nextCleanup = Instant.now().plus(CLEANUP_EVERY);
                    }
                    if (!result.full()) {
                        awaitWork(relay);
                    }
                } catch (RuntimeException e) {
                    failures.increment();
                    lastError.set(e.getMessage());
                    LOG.warnf("Outbox relay batch failed, retrying in %s: %s", backoff, rootMessage(e));
                    relay.close();
                    leads = false;
                    producer.close(Duration.ofSeconds(5));
                    sleep(backoff);
                    backoff = min(backoff.multipliedBy(2), config.maxBackoff());
                    producer = createProducer();
                    relay = newRelay(producer);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            relay.close(); // gives up the lead: another instance's relay takes over
            leads = false;
            producer.close(Duration.ofSeconds(5));
        }
    }

    private OutboxRelay newRelay(Producer<String, String> producer) {
        return new OutboxRelay(dataSource, producer, source, config.batchSize(), tracer,
                !config.markDelay().isZero() && !config.markDelay().isNegative());
    }

    /**
     * Waits for the next commit with events, or the poll interval. What the relay sent waits for its mark
     * at most the mark delay: a commit within it gets a select that marks too; else it is marked alone.
     */
    private void awaitWork(OutboxRelay relay) throws InterruptedException {
        if (relay.unmarked() > 0) {
            if (signal.await(config.markDelay())) {
                return;
            }
            relay.markPublished();
        }
        signal.await(config.pollInterval());
    }

    private Producer<String, String> createProducer() {
        Properties props = kafka.producer("outbox-relay", Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5",
                ProducerConfig.LINGER_MS_CONFIG, "2",
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000",
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000"));
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private void sleep(Duration duration) throws InterruptedException {
        long until = System.nanoTime() + duration.toNanos();
        while (running && System.nanoTime() < until) {
            Thread.sleep(Math.min(100, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return e.getMessage() + (root != e ? " (" + root + ")" : "");
    }
}
