package nl.totalservice.onboarding.task.bench;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import nl.totalservice.onboarding.task.support.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import static io.restassured.RestAssured.given;

/**
 * A load harness, not a test: it asserts nothing and runs only with {@code -Dbenchmark=true}. It
 * measures, through HTTP against the real PostgreSQL and Kafka, opening tasks, reading the
 * coordinator's queue with thousands of open tasks, and assigning, and writes the numbers to
 * {@code target/benchmark.txt}. Run: {@code mvn -B verify -pl task-service -Dtest=TaskApiBenchmark -Dbenchmark=true}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class TaskApiBenchmark {

    private static final int TASKS = Integer.getInteger("benchmark.tasks", 2000);
    private static final int CLIENTS = Integer.getInteger("benchmark.clients", 4);

    @Inject
    Scenario given;

    @Test
    void measure() throws Exception {
        List<String> report = new ArrayList<>();
        UUID partner = given.partner("Benchmark Kantoor");
        String sales = Scenario.sales();
        String coordinator = Scenario.coordinator();

        List<UUID> tasks = Collections.synchronizedList(new ArrayList<>());
        report.add(run("open task (POST /api/tasks)", TASKS, 300, i -> {
            String id = given().auth().oauth2(sales).contentType(ContentType.JSON)
                    .body(Map.of("leadId", UUID.randomUUID(), "notes", "Benchmark", "urgent", i % 5 == 0,
                            "suggestedPartnerId", partner))
                    .when().post("/api/tasks").then().statusCode(201).extract().path("id");
            tasks.add(UUID.fromString(id));
            return 201;
        }));
        report.add(run("queue page of 20 (GET /api/queue)", 500, 20, i -> given().auth().oauth2(coordinator)
                .queryParam("size", 20).queryParam("page", i % 10).when().get("/api/queue").then().statusCode(200)
                .extract().statusCode()));
        report.add(run("queue page of 100 (GET /api/queue)", 200, 20, i -> given().auth().oauth2(coordinator)
                .queryParam("size", 100).when().get("/api/queue").then().statusCode(200).extract().statusCode()));
        report.add(run("assign (POST /api/tasks/{id}/assignment)", Math.min(1000, tasks.size()), 0, i -> given()
                .auth().oauth2(coordinator).contentType(ContentType.JSON).body(Map.of("partnerId", partner))
                .when().post("/api/tasks/{id}/assignment", tasks.get(i)).then().statusCode(200).extract().statusCode()));
        report.add(run("partner's list (GET /api/portal/tasks)", 300, 20, i -> given().auth().oauth2(Scenario.partnerToken(partner))
                .queryParam("size", 20).when().get("/api/portal/tasks").then().statusCode(200).extract().statusCode()));

        String text = String.join("\n", report) + "\n";
        System.out.println(text);
        Files.writeString(Path.of("target", "benchmark.txt"), text);
    }

    /** Runs {@code count} calls over the clients after a warm-up; reports throughput and latency percentiles. */
    private static String run(String name, int count, int warmUp, IntFunction<Integer> call) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            call.apply(i);
        }
        long[] latencies = new long[count];
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    long begin = System.nanoTime();
                    call.apply(index);
                    latencies[index] = System.nanoTime() - begin;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] sorted = latencies.clone();
        java.util.Arrays.sort(sorted);
        return String.format("%-45s n=%5d clients=%d  %7.1f req/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms",
                name, count, CLIENTS, count / seconds, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99));
    }

    private static double ms(long[] sorted, double percentile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile * sorted.length) - 1)] / 1e6;
    }
}
