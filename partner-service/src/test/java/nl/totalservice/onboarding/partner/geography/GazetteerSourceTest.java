package nl.totalservice.onboarding.partner.geography;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GazetteerSourceTest {

    @Test
    void usesTheBundledGazetteerUnlessAFileIsConfigured() {
        assertThat(GazetteerSource.of(config(null)).kind()).isEqualTo(GazetteerSourceKind.BUNDLED);
        assertThat(GazetteerSource.of(config(" ")).kind()).isEqualTo(GazetteerSourceKind.BUNDLED);
        assertThat(GazetteerSource.of(config("/data/NL.txt")))
                .isEqualTo(new GazetteerSource(GazetteerSourceKind.FILE, "/data/NL.txt"));
    }

    @Test
    void aMissingConfiguredFileIsAnErrorNotTheBundledData(@TempDir Path dir) {
        GazetteerSource source = GazetteerSource.of(config(dir.resolve("NL.txt").toString()));

        assertThatThrownBy(source::read).isInstanceOf(GazetteerUnavailableException.class)
                .hasMessageStartingWith("The gazetteer file " + dir.resolve("NL.txt")
                        + " (partner.gazetteer.path) cannot be read: java.nio.file.NoSuchFileException");
    }

    @Test
    void refusesAFileWithoutAnyDutchPostcodeSoItCannotWipeTheDataInForce() {
        GazetteerSource source = new GazetteerSource(GazetteerSourceKind.FILE, "/data/BE.txt");
        byte[] belgian = "BE\t1000\tBrussel\tBrussels\tBRU\tBrussel\t21\t\t\t50.85\t4.35\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> source.parse(belgian)).isInstanceOf(GazetteerUnavailableException.class)
                .hasMessage("The gazetteer file /data/BE.txt (partner.gazetteer.path) holds no usable Dutch postcode "
                        + "rows (1 rows read; line 1: not a Dutch postcode row)");
    }

    @Test
    void readsTheBundledDataWithItsVersionAndAttribution() {
        GazetteerSource bundled = GazetteerSource.of(config(null));

        GazetteerSource.Data data = bundled.parse(bundled.read());

        assertThat(data.parsed().areas()).hasSize(4064);
        assertThat(data.version()).isEqualTo("geonames-nl-2017-02cc12a");
        assertThat(data.attribution()).startsWith("Derived from the GeoNames postal code export for the Netherlands");
    }

    private static GazetteerConfig config(String path) {
        return new GazetteerConfig() {
            @Override
            public Optional<String> path() {
                return Optional.ofNullable(path);
            }

            @Override
            public boolean loadAtStartup() {
                return true;
            }
        };
    }
}
