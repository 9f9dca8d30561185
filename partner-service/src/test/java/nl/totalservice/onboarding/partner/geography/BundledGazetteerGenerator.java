package nl.totalservice.onboarding.partner.geography;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the bundled gazetteer ({@code src/main/resources/gazetteer/nl-pc4.tsv.gz}) from a GeoNames
 * postal-code file for NL, deriving one centre per PC4 exactly as a configured file is derived at
 * load time. The output is byte-for-byte reproducible from the same input and arguments.
 *
 * <pre>
 * mvn -B -q -pl partner-service test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=nl.totalservice.onboarding.partner.geography.BundledGazetteerGenerator \
 *   -Dexec.args="NL.txt partner-service/src/main/resources/gazetteer/nl-pc4.tsv.gz geonames-nl-2026-06 'NL.txt of 2026-06-01'"
 * </pre>
 */
public final class BundledGazetteerGenerator {

    private BundledGazetteerGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: BundledGazetteerGenerator <GeoNames NL file> <output .tsv.gz> <version> "
                    + "<which export, in words>");
            System.exit(2);
        }
        Path input = Path.of(args[0]);
        Path output = Path.of(args[1]);
        GazetteerFile.Parsed parsed = generate(input, output, args[2], args[3]);
        System.out.printf("%s: %d postcodes from %d rows (%d skipped)%n", output, parsed.areas().size(),
                parsed.rowsRead(), parsed.rowsSkipped());
        parsed.problems().forEach(problem -> System.out.println("  skipped " + problem));
    }

    static GazetteerFile.Parsed generate(Path input, Path output, String version, String export) throws IOException {
        byte[] content = Files.readAllBytes(input);
        GazetteerFile.Parsed parsed = GazetteerFile.parse(Files.newBufferedReader(input, StandardCharsets.UTF_8));
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("content", "Dutch 4-digit postcode areas (PC4), one centre each, for partner-service");
        metadata.put(BundledGazetteer.VERSION, version);
        metadata.put(BundledGazetteer.ATTRIBUTION, "Derived from the GeoNames postal code export for the "
                + "Netherlands (" + export + "), www.geonames.org, licensed CC BY 4.0");
        metadata.put("source-sha256", HexFormat.of().formatHex(sha256(content)));
        metadata.put("source-rows", parsed.rowsRead() + " read, " + parsed.rowsSkipped() + " skipped");
        metadata.put("generated-by", BundledGazetteerGenerator.class.getName() + " (see partner-service/README.md)");
        Files.createDirectories(output.toAbsolutePath().getParent());
        try (OutputStream file = Files.newOutputStream(output);
             Writer out = new OutputStreamWriter(new GZIPOutputStream(file), StandardCharsets.UTF_8)) {
            Pc4GazetteerFormat.write(metadata, parsed.areas(), out);
        }
        return parsed;
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
