package nl.totalservice.onboarding.platform.localstack.bench;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GcPausesTest {

    /** What a service's /q/metrics answers (Micrometer, serial collector), trimmed to the lines around the pauses. */
    private static final String METRICS = """
            # HELP jvm_gc_pause_seconds Time spent in GC pause
            # TYPE jvm_gc_pause_seconds summary
            jvm_gc_pause_seconds_count{action="end of minor GC",application="task-service",cause="Allocation Failure",gc="Copy"} 180.0
            jvm_gc_pause_seconds_sum{action="end of minor GC",application="task-service",cause="Allocation Failure",gc="Copy"} 2.5
            jvm_gc_pause_seconds_count{action="end of major GC",application="task-service",cause="Allocation Failure",gc="MarkSweepCompact"} 3.0
            jvm_gc_pause_seconds_sum{action="end of major GC",application="task-service",cause="Allocation Failure",gc="MarkSweepCompact"} 1.2
            jvm_gc_pause_seconds_count{action="end of major GC",application="task-service",cause="Metadata GC Threshold",gc="MarkSweepCompact"} 2.0
            jvm_gc_pause_seconds_sum{action="end of major GC",application="task-service",cause="Metadata GC Threshold",gc="MarkSweepCompact"} 0.3
            # HELP jvm_gc_pause_seconds_max Time spent in GC pause
            # TYPE jvm_gc_pause_seconds_max gauge
            jvm_gc_pause_seconds_max{action="end of major GC",application="task-service",cause="Allocation Failure",gc="MarkSweepCompact"} 0.9
            jvm_gc_overhead{application="task-service"} 0.024
            jvm_gc_memory_promoted_bytes_total{application="task-service"} 5509192.0
            """;

    @Test
    void sumsMinorAndMajorPausesOverCausesAndLeavesTheMaximumAlone() {
        GcPauses.Totals totals = GcPauses.parse(METRICS);

        assertThat(totals.minorCount()).isEqualTo(180);
        assertThat(totals.minorSeconds()).isCloseTo(2.5, within(1e-9));
        assertThat(totals.majorCount()).as("both causes of major collections").isEqualTo(5);
        assertThat(totals.majorSeconds()).isCloseTo(1.5, within(1e-9));
        assertThat(GcPauses.parse("jvm_threads_live_threads 40.0\n")).isEqualTo(new GcPauses.Totals(0, 0, 0, 0));
    }

    @Test
    void aWindowGetsWhatEachServicePausedBetweenItsTwoReadings() {
        Map<String, GcPauses.Totals> start = Map.of("task-service", new GcPauses.Totals(100, 1.0, 2, 0.4),
                "lead-service", new GcPauses.Totals(50, 0.5, 1, 0.1));
        Map<String, GcPauses.Totals> end = Map.of("task-service", new GcPauses.Totals(180, 2.5, 4, 2.1),
                "partner-service", new GcPauses.Totals(10, 0.1, 0, 0));

        Map<String, GcPauses.Totals> window = GcPauses.between(start, end);

        assertThat(window).containsOnlyKeys("task-service"); // lead- and partner-service lack a reading
        GcPauses.Totals task = window.get("task-service");
        assertThat(task.minorCount()).isEqualTo(80);
        assertThat(task.majorCount()).isEqualTo(2);
        assertThat(task.majorSeconds()).isCloseTo(1.7, within(1e-9));
        assertThat(task.toMap()).containsEntry("majorMeanPauseMs", 850.0).containsEntry("minorPauseSeconds", 1.5);
        assertThat(task.describe()).isEqualTo("minor 80 (1.50 s), major 2 (1.70 s, 850 ms each on average)");
    }

    @Test
    void readsEachServiceOverHttpAndLeavesOutOneThatFails() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ok/q/metrics", exchange -> answer(exchange, 200, METRICS));
        server.createContext("/broken/q/metrics", exchange -> answer(exchange, 500, "no"));
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            Map<String, String> urls = new LinkedHashMap<>();
            urls.put("task-service", base + "/ok/q/metrics");
            urls.put("lead-service", base + "/broken/q/metrics");
            urls.put("partner-service", "http://127.0.0.1:1/q/metrics"); // nothing listens

            Map<String, Long> scrapeMillis = new LinkedHashMap<>();
            Map<String, GcPauses.Totals> totals = new GcPauses(urls).take(scrapeMillis);

            assertThat(totals).containsOnlyKeys("task-service");
            assertThat(totals.get("task-service").majorCount()).isEqualTo(5);
            // how long each answer took, also for one that answered with an error; none for one that did not answer
            assertThat(scrapeMillis).containsOnlyKeys("task-service", "lead-service");
            assertThat(scrapeMillis.values()).allSatisfy(millis -> assertThat(millis).isNotNegative());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void theWindowReportNamesEachServiceAndOneWhoseMetricsDidNotAnswer() {
        WindowReport report = WindowReport.evaluate("window", List.of(), 0, 10_000_000_000L, 10_000_000_000L, 1,
                new CpuSnapshot(0, Map.of(), 0, 0), new CpuSnapshot(10_000_000_000L, Map.of(), 0, 0), Map.of(), 2);

        report.gcPauses(Map.of("task-service", new GcPauses.Totals(0, 0, 0, 0)),
                Map.of("task-service", new GcPauses.Totals(20, 0.2, 1, 1.8)), List.of("task-service", "lead-service"));

        @SuppressWarnings("unchecked")
        Map<String, Object> pauses = (Map<String, Object>) report.data.get("gcPausesInWindow");
        assertThat(pauses).containsKeys("task-service", "lead-service");
        assertThat(pauses.get("lead-service")).isNull();
        assertThat(report.text()).anyMatch(line -> line.contains("task-service") && line.contains("major 1 (1.80 s, 1800 ms"))
                .anyMatch(line -> line.contains("lead-service") && line.contains("did not answer"));
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
