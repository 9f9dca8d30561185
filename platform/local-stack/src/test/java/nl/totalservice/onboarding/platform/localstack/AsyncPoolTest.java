package nl.totalservice.onboarding.platform.localstack;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** On a two-core machine the load generator's HTTP responses ({@code Http}) no longer start a thread each. */
class AsyncPoolTest {

    @Test
    void withTwoProcessorsEveryAsyncResponseStartsAThreadUnlessTheCommonPoolHasTwo() throws Exception {
        Probe withoutIt = probe("default");
        Probe withIt = probe("shared");

        assertThat(withoutIt.parallelism()).isEqualTo(1);
        assertThat(withoutIt.started()).isGreaterThanOrEqualTo(AsyncPoolProbe.CALLS);
        assertThat(withIt.parallelism()).isEqualTo(2);
        assertThat(withIt.started()).isLessThanOrEqualTo(5); // the pool's workers (and a stray client thread)
    }

    @Test
    void theLocalStacksMainSetsItBeforeAnythingUsesThePool() throws Exception {
        assertThat(probe("main").parallelism()).isEqualTo(2);
    }

    @Test
    void keepsAParallelismSetOnTheCommandLine() throws Exception {
        assertThat(probe("shared", "-D" + AsyncPool.PARALLELISM + "=3").parallelism()).isEqualTo(3);
    }

    /** Runs {@link AsyncPoolProbe} in a JVM that sees two processors, whatever this machine has. */
    private static Probe probe(String mode, String... jvmOptions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:ActiveProcessorCount=2"));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), AsyncPoolProbe.class.getName(), mode));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the probe finished").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Matcher matcher = Pattern.compile("parallelism=(\\d+) started=(\\d+)").matcher(output);
        assertThat(matcher.find()).as(output).isTrue();
        return new Probe(Integer.parseInt(matcher.group(1)), Long.parseLong(matcher.group(2)));
    }

    private record Probe(int parallelism, long started) {
    }
}
