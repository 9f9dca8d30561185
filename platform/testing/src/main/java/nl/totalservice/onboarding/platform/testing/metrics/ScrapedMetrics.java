package nl.totalservice.onboarding.platform.testing.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scrape of {@code /q/metrics} (Prometheus or OpenMetrics text format) read into samples, so that
 * tests can ask for a metric by name and labels instead of matching lines. Exemplars (the
 * {@code # {trace_id=...} 1.0 <time>} after a counter's value, present when tracing is on) are ignored.
 */
public final class ScrapedMetrics {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})?\\s+(\\S+)(\\s+\\d+)?$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** One sample: a metric name, its labels and value. */
    public record Sample(String name, Map<String, String> labels, double value) {

        /** Whether every given label has the given value (others may be there too). */
        public boolean has(Map<String, String> wanted) {
            return wanted.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
        }
    }

    private final List<Sample> samples;

    private ScrapedMetrics(List<Sample> samples) {
        this.samples = List.copyOf(samples);
    }

    /** Reads the Prometheus text format. */
    public static ScrapedMetrics parse(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int exemplar = line.indexOf(" # ");
            Matcher sample = SAMPLE.matcher((exemplar < 0 ? line : line.substring(0, exemplar)).trim());
            if (!sample.matches()) {
                continue;
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (sample.group(3) != null) {
                Matcher label = LABEL.matcher(sample.group(3));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
            }
            samples.add(new Sample(sample.group(1), labels, parseValue(sample.group(4))));
        }
        return new ScrapedMetrics(samples);
    }

    /** Every sample of {@code name}. */
    public List<Sample> all(String name) {
        return samples.stream().filter(s -> s.name().equals(name)).toList();
    }

    /** Every sample of {@code name} with these label values. */
    public List<Sample> all(String name, Map<String, String> labels) {
        return samples.stream().filter(s -> s.name().equals(name) && s.has(labels)).toList();
    }

    /** The one sample of {@code name} with these label values, if any. */
    public Optional<Double> value(String name, Map<String, String> labels) {
        List<Sample> matching = all(name, labels);
        if (matching.size() > 1) {
            throw new IllegalStateException(matching.size() + " samples of " + name + labels + ": " + matching);
        }
        return matching.stream().findFirst().map(Sample::value);
    }

    /** The one sample of {@code name} without labels to choose by, if any. */
    public Optional<Double> value(String name) {
        return value(name, Map.of());
    }

    private static double parseValue(String text) {
        return switch (text) {
            case "NaN" -> Double.NaN;
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }
}
