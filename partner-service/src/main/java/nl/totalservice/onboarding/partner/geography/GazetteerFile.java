package nl.totalservice.onboarding.partner.geography;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a Dutch postal-code file in the GeoNames "postal codes" dump format (tab-separated:
 * country_code, postal_code, place_name, admin_name1 = province, admin_code1, admin_name2 =
 * municipality, admin_code2 = CBS code, admin_name3, admin_code3, latitude, longitude and, in the
 * original export, accuracy). A header line is allowed; lines that cannot be used are counted and
 * described, never fatal, so ops can load the current GeoNames {@code NL.txt} as it comes.
 */
public final class GazetteerFile {

    private static final int MIN_COLUMNS = 11;
    private static final int MAX_PROBLEMS_LISTED = 20;

    private GazetteerFile() {
    }

    /** What a file yielded: one centre per PC4, and the lines that were skipped and why. */
    public record Parsed(List<PostcodeCentroid> areas, int rowsRead, int rowsSkipped, List<String> problems) {

        public Parsed {
            areas = List.copyOf(areas);
            problems = List.copyOf(problems);
        }
    }

    public static Parsed parse(Reader source) throws IOException {
        Map<String, List<GazetteerRow>> rowsByPc4 = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        int read = 0;
        int skipped = 0;
        BufferedReader reader = source instanceof BufferedReader buffered ? buffered : new BufferedReader(source);
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || (number == 1 && isHeader(line))) {
                continue;
            }
            read++;
            String problem = null;
            try {
                Optional<GazetteerRow> row = row(line);
                if (row.isPresent()) {
                    rowsByPc4.computeIfAbsent(row.get().pc4(), pc4 -> new ArrayList<>()).add(row.get());
                } else {
                    problem = "not a Dutch postcode row";
                }
            } catch (IllegalArgumentException e) {
                problem = e.getMessage();
            }
            if (problem != null) {
                skipped++;
                if (problems.size() < MAX_PROBLEMS_LISTED) {
                    problems.add("line " + number + ": " + problem);
                }
            }
        }
        return new Parsed(CentroidChooser.choose(rowsByPc4), read, skipped, problems);
    }

    private static boolean isHeader(String line) {
        String[] columns = line.split("\t", -1);
        return columns.length > 1 && Pc4.of(columns[1]).isEmpty();
    }

    private static Optional<GazetteerRow> row(String line) {
        String[] columns = line.split("\t", -1);
        if (columns.length < MIN_COLUMNS) {
            throw new IllegalArgumentException("has " + columns.length + " columns, expected at least " + MIN_COLUMNS);
        }
        if (!"NL".equalsIgnoreCase(columns[0].trim())) {
            return Optional.empty();
        }
        Optional<String> pc4 = Pc4.of(columns[1]);
        if (pc4.isEmpty()) {
            throw new IllegalArgumentException("'" + columns[1] + "' is not a Dutch postcode");
        }
        String place = columns[2].trim();
        if (place.isEmpty()) {
            throw new IllegalArgumentException("postcode " + pc4.get() + " has no place name");
        }
        GeoPoint point = new GeoPoint(coordinate(columns[9], "latitude"), coordinate(columns[10], "longitude"));
        return Optional.of(new GazetteerRow(pc4.get(), place, blankToNull(columns[5]), blankToNull(columns[6]),
                blankToNull(columns[3]), point));
    }

    private static double coordinate(String value, String name) {
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " '" + value + "' is not a number");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
