package nl.totalservice.onboarding.contracts;

import nl.totalservice.onboarding.platform.testing.contract.compat.ApiVersion;
import nl.totalservice.onboarding.platform.testing.contract.compat.AsyncApiCompatibility;
import nl.totalservice.onboarding.platform.testing.yaml.YamlTree;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Other teams read our events: docs/asyncapi.yaml may only change compatibly against the last released catalog
 * (docs/asyncapi/released/&lt;version&gt;.yaml) unless its info.version has a higher major part.
 */
class EventCatalogReleaseTest {

    private static final Path DOCS = Path.of(System.getProperty("project.root", "..")).resolve("docs");

    @Test
    void theCatalogStaysCompatibleWithItsLastRelease() throws IOException {
        Path released = lastRelease();
        Map<String, Object> before = YamlTree.read(released);
        Map<String, Object> current = YamlTree.read(DOCS.resolve("asyncapi.yaml"));

        List<String> breaking = AsyncApiCompatibility.breakingChanges(before, current);

        if (!ApiVersion.majorBumped(ApiVersion.of(before), ApiVersion.of(current))) {
            assertThat(breaking)
                    .as("breaking changes to the events against %s; make them compatible (new fields optional) or bump the "
                            + "major part of info.version in docs/asyncapi.yaml (docs/contracts.md)", released)
                    .isEmpty();
        }
    }

    @Test
    void theLastReleaseIsNamedAfterItsOwnVersion() throws IOException {
        Path released = lastRelease();

        assertThat(released.getFileName().toString()).isEqualTo(ApiVersion.of(YamlTree.read(released)) + ".yaml");
        assertThat(ApiVersion.major(ApiVersion.of(YamlTree.read(DOCS.resolve("asyncapi.yaml")))))
                .isGreaterThanOrEqualTo(ApiVersion.major(ApiVersion.of(YamlTree.read(released))));
    }

    private static Path lastRelease() throws IOException {
        try (Stream<Path> files = Files.list(DOCS.resolve("asyncapi/released"))) {
            return files.filter(file -> file.toString().endsWith(".yaml"))
                    .max(Comparator.comparing(EventCatalogReleaseTest::versionKey))
                    .orElseThrow(() -> new AssertionError("no released catalog in docs/asyncapi/released"));
        }
    }

    /** "0.10.0" after "0.9.0": each part zero-padded. */
    private static String versionKey(Path file) {
        String version = file.getFileName().toString().replaceFirst("\\.yaml$", "");
        StringBuilder key = new StringBuilder();
        for (String part : version.split("[.\\-]")) {
            key.append(String.format("%8s", part).replace(' ', '0'));
        }
        return key.toString();
    }
}
