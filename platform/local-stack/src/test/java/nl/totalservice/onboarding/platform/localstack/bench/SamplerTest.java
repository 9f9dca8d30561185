package nl.totalservice.onboarding.platform.localstack.bench;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SamplerTest {

    @Test
    void samplesTheResidentMemoryOfEachServiceAndNothingForOneThatIsGone() {
        Map<String, Long> pids = new LinkedHashMap<>();
        pids.put("this-process", ProcessHandle.current().pid());
        pids.put("gone-service", Long.MAX_VALUE);
        // no Kafka and no database behind these: only the resident memory is asked for
        try (Sampler sampler = new Sampler("127.0.0.1:1", Map.of(), pids, new Flows(), System.nanoTime(), 5000,
                new GcPauses(Map.of()))) {
            Map<String, Long> resident = sampler.residentMiB();

            assertThat(resident).containsOnlyKeys("this-process", "gone-service");
            assertThat(resident.get("this-process")).as("this JVM's VmRSS in MiB").isPositive()
                    .isLessThanOrEqualTo(Math.round(ProcStats.peakRssMib(ProcessHandle.current().pid())));
            assertThat(resident.get("gone-service")).isZero();
        }
    }
}
