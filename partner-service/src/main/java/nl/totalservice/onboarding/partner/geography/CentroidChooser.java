package nl.totalservice.onboarding.partner.geography;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Chooses one centre per PC4 from the file's rows. A postcode that spans several places has one
 * row per place, and some rows put a postcode in a far-away town (7881 lists Dwingeloo next to
 * Nieuw-Weerdinge and Emmer-Compascuum). A plain average would land between the towns, so:
 * <ol>
 *   <li>take the rows of the municipality most rows agree on, and the component-wise median of
 *       their points (a median, not a mean, so one stray row cannot pull the centre);</li>
 *   <li>when municipalities tie (two rows, two municipalities), take the one whose rows lie
 *       nearest to the already decided neighbouring postcodes (same first three digits, else the
 *       same first two): Dutch postcodes are numbered by area, so the neighbours tell where the
 *       postcode really is (8461 lists Rottum in Friesland and Epe in Gelderland: 846x is Friesland);</li>
 *   <li>without neighbours, the median of all rows.</li>
 * </ol>
 */
final class CentroidChooser {

    private CentroidChooser() {
    }

    static List<PostcodeCentroid> choose(Map<String, List<GazetteerRow>> rowsByPc4) {
        Map<String, PostcodeCentroid> decided = new TreeMap<>();
        Map<String, List<List<GazetteerRow>>> tied = new TreeMap<>();
        rowsByPc4.forEach((pc4, rows) -> {
            List<List<GazetteerRow>> leaders = leadingMunicipalities(rows);
            if (leaders.size() == 1) {
                CentroidDerivation how = rows.size() == 1 ? CentroidDerivation.SINGLE_ROW
                        : CentroidDerivation.MAJORITY_MUNICIPALITY;
                decided.put(pc4, centroid(pc4, leaders.get(0), rows, how));
            } else {
                tied.put(pc4, leaders);
            }
        });
        Map<String, PostcodeCentroid> result = new TreeMap<>(decided);
        tied.forEach((pc4, leaders) -> result.put(pc4, resolveTie(pc4, leaders, rowsByPc4.get(pc4), decided)));
        return List.copyOf(result.values());
    }

    /** The municipalities with the most rows (one when there is a majority). */
    private static List<List<GazetteerRow>> leadingMunicipalities(List<GazetteerRow> rows) {
        Map<String, List<GazetteerRow>> byMunicipality = rows.stream()
                .collect(Collectors.groupingBy(GazetteerRow::municipalityKey, LinkedHashMap::new, Collectors.toList()));
        int most = byMunicipality.values().stream().mapToInt(List::size).max().orElse(0);
        return byMunicipality.values().stream().filter(group -> group.size() == most).toList();
    }

    private static PostcodeCentroid resolveTie(String pc4, List<List<GazetteerRow>> leaders, List<GazetteerRow> rows,
                                               Map<String, PostcodeCentroid> decided) {
        GeoPoint reference = neighbourhood(pc4, decided, 3);
        if (reference == null) {
            reference = neighbourhood(pc4, decided, 2);
        }
        if (reference == null) {
            return centroid(pc4, rows, rows, CentroidDerivation.MEDIAN_OF_ALL_ROWS);
        }
        GeoPoint from = reference;
        List<GazetteerRow> nearest = leaders.stream()
                .min(Comparator.comparingDouble((List<GazetteerRow> group) -> GreatCircle.km(median(group), from))
                        .thenComparing(group -> group.get(0).municipalityKey()))
                .orElseThrow();
        return centroid(pc4, nearest, rows, CentroidDerivation.NEIGHBOURING_POSTCODES);
    }

    /** Median centre of the decided postcodes that share the first {@code digits} digits. */
    private static GeoPoint neighbourhood(String pc4, Map<String, PostcodeCentroid> decided, int digits) {
        String prefix = pc4.substring(0, digits);
        List<GeoPoint> neighbours = decided.values().stream()
                .filter(area -> area.pc4().startsWith(prefix) && !area.pc4().equals(pc4))
                .map(PostcodeCentroid::centre)
                .toList();
        return neighbours.isEmpty() ? null : medianOf(neighbours);
    }

    private static PostcodeCentroid centroid(String pc4, List<GazetteerRow> chosen, List<GazetteerRow> all,
                                             CentroidDerivation how) {
        GeoPoint centre = median(chosen);
        GazetteerRow representative = chosen.stream()
                .min(Comparator.comparingDouble(row -> GreatCircle.km(row.point(), centre)))
                .orElseThrow();
        List<String> ignored = new ArrayList<>();
        for (GazetteerRow row : all) {
            if (!chosen.contains(row)) {
                ignored.add(String.format(Locale.ROOT, "%s (%s), %.1f km away", row.place(), row.municipality(),
                        GreatCircle.km(row.point(), centre)));
            }
        }
        return new PostcodeCentroid(pc4, representative.place(), representative.municipality(),
                representative.municipalityCode(), representative.province(), centre, all.size(), how, ignored);
    }

    private static GeoPoint median(List<GazetteerRow> rows) {
        return medianOf(rows.stream().map(GazetteerRow::point).toList());
    }

    static GeoPoint medianOf(List<GeoPoint> points) {
        double[] latitudes = points.stream().mapToDouble(GeoPoint::latitude).sorted().toArray();
        double[] longitudes = points.stream().mapToDouble(GeoPoint::longitude).sorted().toArray();
        return new GeoPoint(median(latitudes), median(longitudes));
    }

    private static double median(double[] sorted) {
        int middle = sorted.length / 2;
        if (sorted.length % 2 == 1) {
            return sorted[middle];
        }
        return (sorted[middle - 1] + sorted[middle]) / 2;
    }

}
