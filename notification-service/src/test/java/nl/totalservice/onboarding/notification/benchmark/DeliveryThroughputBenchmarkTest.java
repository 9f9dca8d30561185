package nl.totalservice.onboarding.notification.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import nl.totalservice.onboarding.notification.support.TestEvents;
import nl.totalservice.onboarding.notification.support.TestEvents.Partner;
import nl.totalservice.onboarding.notification.support.TestEvents.Task;
import nl.totalservice.onboarding.platform.testing.infra.SharedInfrastructure;
import nl.totalservice.onboarding.platform.testing.infra.SmtpServer;
import nl.totalservice.onboarding.platform.testing.metrics.ScrapedMetrics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Throughput from the event to the SMTP server: publishes TaskAssigned events as fast as Kafka takes
 * them and measures until the (real, local) SMTP server has received every email. Not part of the
 * normal run (tag "benchmark"): {@code mvn -B verify -pl notification-service -Dgroups=benchmark}
 * (optionally {@code -Dbenchmark.events=5000}). Results go to stdout and
 * {@code target/benchmark-results.txt}. It asserts completeness, never a speed.
 */
@QuarkusTest
@Tag("benchmark")
class DeliveryThroughputBenchmarkTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PARTNERS = 20;

    SmtpServer smtp;

    @Test
    void measuresEmailsPerSecondFromEventToSmtpServer() throws Exception {
        int events = Integer.getInteger("benchmark.events", 3000);
        List<Partner> partners = registerPartners();
        // the JIT needs thousands of events before the code is compiled (CPU per email falls ~7x)
        run("warm-up 1", events, partners);
        run("warm-up 2", events, partners);
        for (int round = 1; round <= 3; round++) {
            run("run " + round, events, partners);
        }
    }

    private void run(String label, int count, List<Partner> partners) throws Exception {
        List<ProducerRecord<String, String>> records = new ArrayList<>(count);
        try (TestEvents shapes = new TestEvents()) {
            for (int i = 0; i < count; i++) {
                Task task = Task.random();
                Map<String, Object> body = shapes.taskAssignedBody(task, partners.get(i % partners.size()), false);
                records.add(record(task.taskId().toString(), body));
            }
        }
        int before = smtp.receivedMessages().size();
        double queuedBefore = queuedTotal();
        long cpuBefore = processCpuNanos();
        try (KafkaProducer<String, String> producer = producer()) {
            long start = System.nanoTime();
            for (ProducerRecord<String, String> record : records) {
                producer.send(record);
            }
            producer.flush();
            long published = System.nanoTime();
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500))
                    .until(() -> queuedTotal() >= queuedBefore + count);
            long queued = System.nanoTime();
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200))
                    .until(() -> smtp.receivedMessages().size() >= before + count);
            long delivered = System.nanoTime();
            report(label, count, start, published, queued, delivered, processCpuNanos() - cpuBefore);
        }
        assertThat(smtp.receivedMessages().size() - before).isEqualTo(count);
    }

    private List<Partner> registerPartners() {
        List<Partner> partners = new ArrayList<>();
        try (TestEvents events = new TestEvents()) {
            for (int i = 0; i < PARTNERS; i++) {
                Partner partner = Partner.random(i % 2 == 0 ? "nl" : "en");
                events.partnerRegistered(partner);
                partners.add(partner);
            }
        }
        // the warm-up run waits for all its mails, so afterwards every partner is known
        return partners;
    }

    private static ProducerRecord<String, String> record(String key, Map<String, Object> body) throws IOException {
        ProducerRecord<String, String> record = new ProducerRecord<>("task-events", key,
                JSON.writeValueAsString(body));
        Map<String, String> headers = Map.of("ce_specversion", "1.0", "ce_id", body.get("eventId").toString(),
                "ce_type", "TaskAssigned", "ce_source", "/benchmark", "ce_subject", key,
                "ce_time", Instant.now().toString(), "content-type", "application/json");
        headers.forEach((name, value) -> record.headers().add(new RecordHeader(name,
                value.getBytes(StandardCharsets.UTF_8))));
        return record;
    }

    private static KafkaProducer<String, String> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafka().bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "benchmark-" + UUID.randomUUID());
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    /** Notifications queued by the consumers so far (this service's own counter, from /q/metrics). */
    private static double queuedTotal() {
        return ScrapedMetrics.parse(given().get("/q/metrics").then().statusCode(200).extract().asString())
                .all("notifications_queued_total").stream().mapToDouble(ScrapedMetrics.Sample::value).sum();
    }

    /** CPU time of this JVM: the service, the Kafka broker, the SMTP server and this harness (not PostgreSQL). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void report(String label, int count, long start, long published, long queued, long delivered,
                               long cpuNanos) throws IOException {
        double publishSeconds = (published - start) / 1e9;
        double queuedSeconds = (queued - start) / 1e9;
        double totalSeconds = (delivered - start) / 1e9;
        String line = String.format(java.util.Locale.ROOT,
                "%s: %d TaskAssigned events -> %d emails; published in %.2f s; all consumed and queued after "
                        + "%.2f s (%.0f events/s); all received by SMTP after %.2f s = %.0f emails/s end to end; "
                        + "JVM CPU %.2f ms per email; load average %.1f%n",
                label, count, count, publishSeconds, queuedSeconds, count / queuedSeconds, totalSeconds,
                count / totalSeconds, cpuNanos / 1e6 / count,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.print(line);
        Files.writeString(Path.of("target", "benchmark-results.txt"), Instant.now() + " " + line,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
