package nl.totalservice.onboarding.partner.geography;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/** The PC4 gazetteer on the service's class path, in {@link Pc4GazetteerFormat}, gzipped. */
public final class BundledGazetteer {

    /** Class-path resource of the bundled gazetteer. */
    public static final String RESOURCE = "gazetteer/nl-pc4.tsv.gz";
    static final String VERSION = "version";
    static final String ATTRIBUTION = "attribution";

    private BundledGazetteer() {
    }

    /** The resource's bytes (still gzipped: its checksum is taken before anything is parsed). */
    static byte[] bytes() throws IOException {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = (loader != null ? loader : BundledGazetteer.class.getClassLoader()).getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("the class-path resource " + RESOURCE + " is missing from the build");
            }
            return in.readAllBytes();
        }
    }

    static Pc4GazetteerFormat.Contents parse(byte[] gzipped) throws IOException {
        try (InputStreamReader reader = new InputStreamReader(new GZIPInputStream(new ByteArrayInputStream(gzipped)),
                StandardCharsets.UTF_8)) {
            return Pc4GazetteerFormat.read(reader);
        }
    }

    /** The bundled data, parsed (for tests and tools). */
    public static Pc4GazetteerFormat.Contents read() throws IOException {
        return parse(bytes());
    }
}
