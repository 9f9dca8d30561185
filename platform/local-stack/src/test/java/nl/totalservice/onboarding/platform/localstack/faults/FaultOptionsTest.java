package nl.totalservice.onboarding.platform.localstack.faults;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultOptionsTest {

    private static final Path PROJECT = Path.of("/project");

    @Test
    void paceSalesToTheFlowsByDefault() {
        FaultOptions options = FaultOptions.parse(List.of("faults", "--flows", "900"), PROJECT);

        assertThat(options.flows()).isEqualTo(900);
        assertThat(options.rate()).isEqualTo(3.0);
        assertThat(FaultOptions.parse(List.of("--flows", "50"), PROJECT).rate()).isEqualTo(1.0);
        assertThat(options.only()).isEqualTo(EnumSet.allOf(Fault.Group.class));
        assertThat(options.dataDir()).isEqualTo(PROJECT.resolve("target/faults/data"));
        assertThat(options.postgresPort()).isEqualTo(29432);
        assertThat(options.servicePort(5)).isEqualTo(29086);
    }

    @Test
    void choosesFaultGroupsWithOnly() {
        FaultOptions options = FaultOptions.parse(List.of("--only", "kafka,postgres", "--gap", "1m", "--rate", "3"), PROJECT);

        assertThat(Fault.of(options.only())).containsExactly(Fault.KAFKA_KILLED, Fault.POSTGRES_FAST_STOP, Fault.POSTGRES_KILLED);
        assertThat(options.gap()).isEqualTo(Duration.ofMinutes(1));
        assertThat(options.rate()).isEqualTo(3.0);
    }

    @Test
    void rejectsAnUnknownGroup() {
        assertThatThrownBy(() -> FaultOptions.parse(List.of("--only", "dns"), PROJECT))
                .hasMessageContaining("Unknown fault group 'dns'");
    }
}
