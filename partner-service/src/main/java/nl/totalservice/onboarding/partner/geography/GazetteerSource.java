package nl.totalservice.onboarding.partner.geography;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The source the configuration asks for: the configured GeoNames file when
 * {@code partner.gazetteer.path} is set, else the bundled gazetteer. A configured file that cannot
 * be read is an error, never a silent switch to the bundled data.
 */
record GazetteerSource(GazetteerSourceKind kind, String location) {

    static final String FILE_ATTRIBUTION = "GeoNames postal code data (www.geonames.org), licensed CC BY 4.0";

    /** What a source yielded, ready to replace the postcode areas. */
    record Data(String version, String attribution, GazetteerFile.Parsed parsed) {
    }

    static GazetteerSource of(GazetteerConfig config) {
        return config.path().filter(path -> !path.isBlank())
                .map(path -> new GazetteerSource(GazetteerSourceKind.FILE, path))
                .orElseGet(() -> new GazetteerSource(GazetteerSourceKind.BUNDLED, "classpath:" + BundledGazetteer.RESOURCE));
    }

    byte[] read() {
        try {
            return kind == GazetteerSourceKind.BUNDLED ? BundledGazetteer.bytes() : Files.readAllBytes(Path.of(location));
        } catch (IOException | RuntimeException e) {
            throw new GazetteerUnavailableException(describe() + " cannot be read: " + e, e);
        }
    }

    Data parse(byte[] content) {
        try {
            if (kind == GazetteerSourceKind.BUNDLED) {
                Pc4GazetteerFormat.Contents contents = BundledGazetteer.parse(content);
                return new Data(contents.metadata(BundledGazetteer.VERSION),
                        contents.metadata(BundledGazetteer.ATTRIBUTION), contents.parsed());
            }
            GazetteerFile.Parsed parsed = GazetteerFile.parse(new StringReader(new String(content, StandardCharsets.UTF_8)));
            if (parsed.areas().isEmpty()) {
                throw new GazetteerUnavailableException(describe() + " holds no usable Dutch postcode rows ("
                        + parsed.rowsRead() + " rows read; " + String.join("; ", parsed.problems()) + ")", null);
            }
            return new Data(null, FILE_ATTRIBUTION, parsed);
        } catch (IOException e) {
            throw new GazetteerUnavailableException(describe() + " cannot be read: " + e, e);
        }
    }

    String describe() {
        return kind == GazetteerSourceKind.BUNDLED ? "The bundled gazetteer (" + location + ")"
                : "The gazetteer file " + location + " (partner.gazetteer.path)";
    }
}
