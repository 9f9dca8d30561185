package nl.totalservice.onboarding.e2e;

import nl.totalservice.onboarding.e2e.TraceCollector.CollectedSpan;
import nl.totalservice.onboarding.e2e.TraceCollector.Kind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One lead's journey, from its registration to the partner's email, as one trace across the four
 * services: the caller (a CRM, the coordinator's front end) sends its trace in a {@code traceparent}
 * header, and every hop (HTTP, outbox relay, Kafka consumer, SMTP send) continues it. The services
 * export their spans over OTLP to the test's receiver.
 */
class TracingScenarioTest extends EndToEndTest {

    @Test
    void followsALeadFromRegistrationToThePartnersEmailInOneTraceAcrossAllFourServices() {
        actors.deactivateAllPartners();
        String email = partnerEmail("traced");
        String partner = actors.registerPartner("Spoor Accountants", email, GRONINGEN, 40, 0, "nl");
        String traceId = hex(16);
        String registration = hex(8);
        String interest = hex(8);
        String assignment = hex(8);

        String lead = actors.sales().header("traceparent", traceparent(traceId, registration))
                .body(Map.of("companyName", "Traceerbaar BV", "source", "WEBSITE",
                        "contact", Map.of("name", "Tess Tracer", "email", "tess-" + UUID.randomUUID() + "@customer.example",
                                "phone", "06-12345678"),
                        "address", Map.of("postcode", GRONINGEN_EAST, "city", "Groningen")))
                .post("/api/leads").then().statusCode(201).extract().path("id");
        actors.sales().header("traceparent", traceparent(traceId, interest)).body(Map.of("interested", true))
                .put("/api/leads/" + lead + "/interest").then().statusCode(200);
        String task = actors.awaitQueuedTask(lead).getString("id");
        actors.as(system.task(), actors.coordinatorToken()).header("traceparent", traceparent(traceId, assignment))
                .body(Map.of("partnerId", partner)).post("/api/tasks/" + task + "/assignment").then().statusCode(200);
        awaitMailTo(email, 1);

        // the services export every 200 ms each: wait until the whole path has arrived
        await().atMost(Actors.PATIENCE).untilAsserted(() -> {
            List<CollectedSpan> trace = system.traces().trace(traceId);
            assertThat(trace).as("received: %s", system.traces().what())
                    .extracting(CollectedSpan::service).contains("lead-service", "partner-service",
                    "task-service", "notification-service");
            assertThat(trace).anySatisfy(span -> assertThat(span.parentSpanId()).isEqualTo(registration));

            List<CollectedSpan> assignmentMails = trace.stream()
                    .filter(span -> "smtp send".equals(span.name()) && root(trace, span).parentSpanId().equals(assignment))
                    .toList();
            assertThat(assignmentMails).hasSize(1);
            CollectedSpan mail = assignmentMails.get(0);
            assertThat(mail.kind()).isEqualTo(Kind.CLIENT);
            assertThat(path(trace, mail)).containsExactly(
                    "notification-service: smtp send",
                    "notification-service: process task-events",
                    "task-service: publish task-events",
                    "task-service: POST /api/tasks/{taskId}/assignment");

            CollectedSpan taskOpened = find(trace, "task-service", "process partner-events").orElseThrow();
            assertThat(path(trace, taskOpened)).containsExactly(
                    "task-service: process partner-events",
                    "partner-service: publish partner-events",
                    "partner-service: process lead-events",
                    "lead-service: publish lead-events",
                    "lead-service: PUT /api/leads/{id}/interest");
            assertThat(root(trace, taskOpened).parentSpanId()).isEqualTo(interest);
        });
    }

    private static Optional<CollectedSpan> find(List<CollectedSpan> spans, String service, String name) {
        return spans.stream().filter(span -> service.equals(span.service()) && name.equals(span.name())).findFirst();
    }

    /** "service: span name" from {@code span} up through its parents while they are in the trace. */
    private static List<String> path(List<CollectedSpan> trace, CollectedSpan span) {
        List<String> path = new ArrayList<>();
        for (CollectedSpan current = span; current != null; current = parent(trace, current)) {
            path.add(current.service() + ": " + current.name());
        }
        return path;
    }

    private static CollectedSpan root(List<CollectedSpan> trace, CollectedSpan span) {
        CollectedSpan current = span;
        while (parent(trace, current) != null) {
            current = parent(trace, current);
        }
        return current;
    }

    private static CollectedSpan parent(List<CollectedSpan> trace, CollectedSpan span) {
        return trace.stream().filter(candidate -> candidate.spanId().equals(span.parentSpanId())).findFirst().orElse(null);
    }

    private static String traceparent(String traceId, String spanId) {
        return "00-" + traceId + "-" + spanId + "-01";
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
