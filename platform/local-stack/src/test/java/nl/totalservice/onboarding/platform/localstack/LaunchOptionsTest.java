package nl.totalservice.onboarding.platform.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LaunchOptionsTest {

    @Test
    void leavesPartnerServiceOnItsBundledGazetteerByDefault() {
        LaunchOptions options = LaunchOptions.parse(new String[] {"--fresh"});

        assertThat(options.gazetteer()).isNull();
        assertThat(LaunchOptions.USAGE).contains("--gazetteer <file>").contains("default: the bundled one")
                .doesNotContain("shared");
    }

    @Test
    void takesAGivenGeoNamesFileAndRefusesOneThatDoesNotExist(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("NL.txt"), "NL\t9711\tGroningen\n");

        assertThat(LaunchOptions.parse(new String[] {"--gazetteer", file.toString()}).gazetteer()).isEqualTo(file);
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--gazetteer", dir.resolve("missing.txt").toString()}))
                .isInstanceOf(LaunchOptions.UsageException.class)
                .hasMessage("No gazetteer file at " + dir.resolve("missing.txt"));
    }
}
