package nl.totalservice.onboarding.platform.localstack.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The garbage collector's stop-the-world pauses of each service, read from its own metrics
 * ({@code /q/metrics}: Micrometer's {@code jvm_gc_pause_seconds} count and sum, per kind of collection).
 * While a service pauses it handles nothing, so a long pause under load shows as a stall of the whole flow.
 */
final class GcPauses {

    /** Pauses since the JVM's metrics began: minor (young) and major (whole heap) collections. */
    record Totals(long minorCount, double minorSeconds, long majorCount, double majorSeconds) {

        Totals minus(Totals earlier) {
            return new Totals(minorCount - earlier.minorCount, minorSeconds - earlier.minorSeconds,
                    majorCount - earlier.majorCount, majorSeconds - earlier.majorSeconds);
        }

        Map<String, Object> toMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("minorCount", minorCount);
            map.put("minorPauseSeconds", WindowReport.round(minorSeconds));
            map.put("majorCount", majorCount);
            map.put("majorPauseSeconds", WindowReport.round(majorSeconds));
            map.put("majorMeanPauseMs", majorCount == 0 ? null : WindowReport.round(majorSeconds * 1000 / majorCount));
            return map;
        }

        String describe() {
            return String.format(Locale.ROOT, "minor %d (%.2f s), major %d (%.2f s%s)", minorCount, minorSeconds, majorCount,
                    majorSeconds, majorCount == 0 ? "" : String.format(Locale.ROOT, ", %.0f ms each on average",
                            majorSeconds * 1000 / majorCount));
        }
    }

    private static final Pattern LINE = Pattern.compile(
            "^jvm_gc_pause_seconds_(count|sum)\\{([^}]*)}\\s+(\\S+)", Pattern.MULTILINE);
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]*)\"");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, String> metricsUrls; // service -> its /q/metrics

    GcPauses(Map<String, String> metricsUrls) {
        this.metricsUrls = metricsUrls;
    }

    /** Each service's totals now; a service that does not answer is left out. */
    Map<String, Totals> take() {
        return take(new LinkedHashMap<>());
    }

    /** {@link #take()}, putting how long each service took to answer its scrape (ms) into {@code scrapeMillis}. */
    Map<String, Totals> take(Map<String, Long> scrapeMillis) {
        Map<String, Totals> totals = new LinkedHashMap<>();
        metricsUrls.forEach((service, url) -> {
            try {
                long sent = System.nanoTime();
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(5)).header("Accept", "text/plain").GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                scrapeMillis.put(service, (System.nanoTime() - sent) / 1_000_000);
                if (response.statusCode() == 200) {
                    totals.put(service, parse(response.body()));
                }
            } catch (java.io.IOException e) {
                // left out: the report says the service did not answer
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return totals;
    }

    /**
     * Sums Prometheus' text of Micrometer's {@code jvm_gc_pause_seconds} over causes and collectors; an action
     * with "minor" in it (Micrometer's "end of minor GC") is a minor pause, every other a major one.
     */
    static Totals parse(String prometheusText) {
        long minorCount = 0;
        long majorCount = 0;
        double minorSeconds = 0;
        double majorSeconds = 0;
        Matcher line = LINE.matcher(prometheusText);
        while (line.find()) {
            Matcher action = ACTION.matcher(line.group(2));
            boolean minor = action.find() && action.group(1).toLowerCase(Locale.ROOT).contains("minor");
            double value;
            try {
                value = Double.parseDouble(line.group(3));
            } catch (NumberFormatException e) {
                continue;
            }
            if (line.group(1).equals("count")) {
                if (minor) {
                    minorCount += Math.round(value);
                } else {
                    majorCount += Math.round(value);
                }
            } else if (minor) {
                minorSeconds += value;
            } else {
                majorSeconds += value;
            }
        }
        return new Totals(minorCount, minorSeconds, majorCount, majorSeconds);
    }

    /** What each service paused between two readings (a service missing from either is left out). */
    static Map<String, Totals> between(Map<String, Totals> start, Map<String, Totals> end) {
        Map<String, Totals> window = new LinkedHashMap<>();
        end.forEach((service, totals) -> {
            if (start.containsKey(service)) {
                window.put(service, totals.minus(start.get(service)));
            }
        });
        return window;
    }
}
