package nl.totalservice.onboarding.platform.localstack.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchOptionsTest {

    private static final Path PROJECT = Path.of("/project");

    @Test
    void defaultsToOneHundredFlowsPerSecondForFiveMinutesWithProductionJvmSettings() {
        BenchOptions options = BenchOptions.parse(List.of("--project-dir", "/project", "bench"), Path.of("/elsewhere"));

        assertThat(options.rate()).isEqualTo(100);
        assertThat(options.duration()).isEqualTo(Duration.ofMinutes(5));
        assertThat(options.findMax()).isFalse();
        assertThat(options.jvmOptions()).contains("-Xmx128m", "-XX:+UseSerialGC", "-XX:-TieredCompilation").noneMatch(option -> option.contains("TieredStopAtLevel"));
        assertThat(options.dataDir()).isEqualTo(Path.of("/project/target/bench/data"));
        assertThat(options.out().toString()).startsWith("/project/target/bench/bench-").endsWith(".json");
        assertThat(options.gazetteer()).isNull();
    }

    @Test
    void usesPortsAwayFromTheLocalStacksOwn() {
        BenchOptions options = BenchOptions.parse(List.of("bench", "--port-base", "30000"), PROJECT);

        assertThat(List.of(options.postgresPort(), options.kafkaPort(), options.smtpPort(), options.servicePort(0),
                options.servicePort(3))).containsExactly(30432, 30092, 30025, 30081, 30084);
        assertThat(BenchOptions.parse(List.of("bench"), PROJECT).servicePort(0)).isEqualTo(28081);
    }

    @Test
    void readsTheRateTimesAndFindMaxSteps() {
        BenchOptions options = BenchOptions.parse(List.of("bench", "--rate", "37.5", "--warmup", "2m30s", "--duration", "90",
                "--find-max", "--start-rate", "40", "--rate-step", "10", "--max-rate", "200", "--step-duration", "45s",
                "--idle-samples", "0", "--partners", "150", "--out", "/tmp/r.json", "--jvm-opts", "-Xmx300m  -XX:+UseSerialGC"),
                PROJECT);

        assertThat(options.rate()).isEqualTo(37.5);
        assertThat(options.warmup()).isEqualTo(Duration.ofSeconds(150));
        assertThat(options.duration()).isEqualTo(Duration.ofSeconds(90));
        assertThat(options.findMax()).isTrue();
        assertThat(List.of(options.startRate(), options.rateStep(), options.maxRate())).containsExactly(40.0, 10.0, 200.0);
        assertThat(options.stepDuration()).isEqualTo(Duration.ofSeconds(45));
        assertThat(options.idleSamples()).isZero();
        assertThat(options.partners()).isEqualTo(150);
        assertThat(options.out()).isEqualTo(Path.of("/tmp/r.json"));
        assertThat(options.jvmOptions()).containsExactly("-Xmx300m", "-XX:+UseSerialGC");
    }

    @Test
    void acceptsTimesInHoursMinutesAndSeconds() {
        assertThat(BenchOptions.duration("--x", "1h", false)).isEqualTo(Duration.ofHours(1));
        assertThat(BenchOptions.duration("--x", "5m", false)).isEqualTo(Duration.ofMinutes(5));
        assertThat(BenchOptions.duration("--x", "0", true)).isZero();
    }

    @Test
    void refusesWhatItCannotRunWithAClearMessage() {
        assertThatThrownBy(() -> BenchOptions.parse(List.of("bench", "--rate", "-5"), PROJECT))
                .hasMessageContaining("--rate needs a positive number, not -5");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("bench", "--duration", "5 minutes"), PROJECT))
                .hasMessageContaining("--duration needs a time like 90s");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("bench", "--duration", "0s"), PROJECT))
                .hasMessageContaining("--duration needs a time");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("bench", "--rate"), PROJECT))
                .hasMessageContaining("Option --rate needs a value");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("bench", "--rat", "5"), PROJECT))
                .hasMessageContaining("Unknown option --rat");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("bench", "--find-max", "--start-rate", "500"), PROJECT))
                .hasMessageContaining("above --max-rate");
    }

    @Test
    void answersHelpWithTheUsageThatNamesEveryFigure() {
        assertThatThrownBy(() -> BenchOptions.parse(List.of("bench", "--help"), PROJECT))
                .hasMessage(BenchOptions.USAGE);
        assertThat(BenchOptions.USAGE).contains("--find-max", "--rate", "--warmup", "--duration", "--out", "Holds");
    }
}
