package nl.totalservice.onboarding.partner.geography;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The compact gazetteer the service ships with: one already derived centre per PC4 (tab-separated,
 * UTF-8), after {@code # key: value} lines naming the data's version, attribution and source. It
 * is written from a GeoNames file by the generator in the tests (see the README), so the bundled
 * data is exactly what {@link GazetteerFile} and {@link CentroidChooser} make of that file.
 */
public final class Pc4GazetteerFormat {

    static final String HEADER = "pc4\tplace\tmunicipality\tmunicipality_code\tprovince\tlatitude\tlongitude"
            + "\tsource_rows\tderivation\tignored_places";
    private static final String IGNORED_SEPARATOR = " | ";
    private static final int COLUMNS = 10;

    private Pc4GazetteerFormat() {
    }

    /** The data and what its header says about it ({@code version}, {@code attribution}, ...). */
    public record Contents(Map<String, String> metadata, GazetteerFile.Parsed parsed) {

        public Contents {
            metadata = Map.copyOf(metadata);
        }

        public String metadata(String key) {
            return metadata.get(key);
        }
    }

    public static void write(Map<String, String> metadata, List<PostcodeCentroid> areas, Writer out) throws IOException {
        for (Map.Entry<String, String> entry : metadata.entrySet()) {
            out.write("# " + entry.getKey() + ": " + entry.getValue() + "\n");
        }
        out.write(HEADER + "\n");
        for (PostcodeCentroid area : areas) {
            out.write(String.join("\t", area.pc4(), area.place(), text(area.municipality()),
                    text(area.municipalityCode()), text(area.province()),
                    Double.toString(area.centre().latitude()), Double.toString(area.centre().longitude()),
                    Integer.toString(area.sourceRows()), area.derivation().name(),
                    String.join(IGNORED_SEPARATOR, area.ignoredPlaces())));
            out.write("\n");
        }
    }

    public static Contents read(Reader source) throws IOException {
        Map<String, String> metadata = new LinkedHashMap<>();
        List<PostcodeCentroid> areas = new ArrayList<>();
        BufferedReader reader = source instanceof BufferedReader buffered ? buffered : new BufferedReader(source);
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.startsWith("#")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    metadata.put(line.substring(1, colon).trim(), line.substring(colon + 1).trim());
                }
            } else if (!line.isBlank() && !line.equals(HEADER)) {
                areas.add(area(line, number));
            }
        }
        return new Contents(metadata, new GazetteerFile.Parsed(areas, areas.size(), 0, List.of()));
    }

    private static PostcodeCentroid area(String line, int number) throws IOException {
        String[] columns = line.split("\t", -1);
        if (columns.length != COLUMNS) {
            throw new IOException("line " + number + " has " + columns.length + " columns, expected " + COLUMNS);
        }
        try {
            List<String> ignored = columns[9].isEmpty() ? List.of() : Arrays.asList(columns[9].split(" \\| "));
            return new PostcodeCentroid(columns[0], columns[1], nullIfEmpty(columns[2]), nullIfEmpty(columns[3]),
                    nullIfEmpty(columns[4]), new GeoPoint(Double.parseDouble(columns[5]), Double.parseDouble(columns[6])),
                    Integer.parseInt(columns[7]), CentroidDerivation.valueOf(columns[8].toUpperCase(Locale.ROOT)),
                    ignored);
        } catch (IllegalArgumentException e) {
            throw new IOException("line " + number + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String nullIfEmpty(String value) {
        return value.isEmpty() ? null : value;
    }
}
