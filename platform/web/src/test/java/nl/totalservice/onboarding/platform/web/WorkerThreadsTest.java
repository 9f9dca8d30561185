package nl.totalservice.onboarding.platform.web;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every service's worker pool (platform-web's shared settings, below the service's own application.properties
 * and environment): at most 16 threads, and an idle one stays 10 minutes, not Quarkus's 30 s (threads that end
 * and start again as the load goes up and down leave their buffers to the old generation: docs/benchmarks,
 * 4 December 2026, night). The cap is tried on the pool itself; the keep-alive cannot be read (Quarkus hands
 * out a wrapper, not the pool): the benchmark shows its behaviour (19 worker threads started in a run instead
 * of 160).
 */
@QuarkusTest
class WorkerThreadsTest {

    private static final int CAP = 16;

    @Inject
    Vertx vertx;

    @Test
    void theWorkerPoolIsToldToKeepIdleThreadsTenMinutes() {
        var config = ConfigProvider.getConfig();

        assertThat(config.getValue("quarkus.thread-pool.keep-alive-time", Duration.class)).isEqualTo(Duration.ofMinutes(10));
        assertThat(config.getConfigValue("quarkus.thread-pool.keep-alive-time").getSourceName())
                .as("where the value comes from").contains("microprofile-config.properties");
    }

    @Test
    void atMostSixteenWorkerThreadsRunBlockingWorkAtOnceAndTheRestWaitsItsTurn() throws Exception {
        assertThat(ConfigProvider.getConfig().getConfigValue("quarkus.thread-pool.max-threads").getSourceName())
                .as("where the cap comes from").contains("microprofile-config.properties");
        int tasks = 2 * CAP + 8;
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Future<String>> done = new ArrayList<>();

        for (int i = 0; i < tasks; i++) {
            done.add(vertx.executeBlocking(() -> {
                mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                threads.add(Thread.currentThread().getName());
                Thread.sleep(250);
                running.decrementAndGet();
                return Thread.currentThread().getName();
            }, false));
        }
        for (Future<String> task : done) {
            task.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }

        assertThat(threads).as("Quarkus's worker threads, not Vert.x's own pool").allMatch(name -> name.startsWith("executor-thread-"));
        assertThat(mostAtOnce.get()).as("tasks running at once").isEqualTo(CAP);
        assertThat(threads).hasSizeLessThanOrEqualTo(CAP);
    }
}
