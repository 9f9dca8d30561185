package nl.totalservice.onboarding.platform.web;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every service's worker pool keeps an idle thread 10 minutes (platform-web's shared setting), not Quarkus's
 * 30 s: threads that end and start again as the load goes up and down leave their buffers to the old
 * generation (docs/benchmarks, 4 December 2026, night). The setting reaches a service from platform-web's
 * jar, below the service's own application.properties and environment. This checks the setting only: Quarkus
 * hands out a wrapper, not the pool, so the pool's keep-alive cannot be read here; the benchmark shows the
 * behaviour (19 worker threads started in a run instead of 160).
 */
@QuarkusTest
class WorkerThreadsTest {

    @Test
    void theWorkerPoolIsToldToKeepIdleThreadsTenMinutes() {
        var config = ConfigProvider.getConfig();

        assertThat(config.getValue("quarkus.thread-pool.keep-alive-time", Duration.class)).isEqualTo(Duration.ofMinutes(10));
        assertThat(config.getConfigValue("quarkus.thread-pool.keep-alive-time").getSourceName())
                .as("where the value comes from").contains("microprofile-config.properties");
    }
}
