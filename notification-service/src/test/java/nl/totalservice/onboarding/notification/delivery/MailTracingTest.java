package nl.totalservice.onboarding.notification.delivery;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.totalservice.onboarding.notification.Channels;
import nl.totalservice.onboarding.notification.support.TestEvents;
import nl.totalservice.onboarding.notification.support.TestEvents.Partner;
import nl.totalservice.onboarding.notification.support.TestEvents.Task;
import nl.totalservice.onboarding.platform.testing.infra.SharedInfrastructure;
import nl.totalservice.onboarding.platform.testing.infra.SmtpServer;
import nl.totalservice.onboarding.platform.testing.kafka.RecordedEvent;
import nl.totalservice.onboarding.platform.testing.kafka.TopicRecorder;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static nl.totalservice.onboarding.notification.support.Mailbox.awaitMail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The partner's email is sent in the trace of the TaskAssigned that asked for it, and NotificationSent continues it. */
@QuarkusTest
class MailTracingTest {

    SmtpServer smtp;

    @Inject
    InMemorySpanExporter exporter;

    @Test
    void sendsTheMailAndPublishesNotificationSentInTheTraceOfTheAssignment() {
        Partner partner = Partner.random("nl");
        Task task = Task.random();
        String traceId = hex(16);
        String assignmentSpan = hex(8);
        try (TestEvents events = new TestEvents();
             TopicRecorder notifications = TopicRecorder.record(SharedInfrastructure.kafka().bootstrapServers(),
                     Channels.NOTIFICATION_EVENTS)) {
            events.partnerRegistered(partner);
            events.taskAssignedInTrace(task, partner, "00-" + traceId + "-" + assignmentSpan + "-01");

            awaitMail(smtp, partner.email(), "Nieuwe opvolgtaak");
            RecordedEvent sent = notifications.await(event -> "NotificationSent".equals(event.type())
                    && task.taskId().toString().equals(event.field("taskId")), Duration.ofSeconds(30));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(named(traceId, "publish notification-events"))
                    .as("spans of the trace: %s", describe(traceId)).hasSize(1));

            SpanData process = only(traceId, "process task-events");
            SpanData send = only(traceId, "smtp send");
            SpanData publish = only(traceId, "publish notification-events");
            assertThat(process.getParentSpanId()).isEqualTo(assignmentSpan);
            assertThat(send.getKind()).isEqualTo(SpanKind.CLIENT);
            assertThat(send.getParentSpanId()).isEqualTo(process.getSpanId());
            assertThat(publish.getParentSpanId()).isEqualTo(send.getSpanId());
            assertThat(sent.header("traceparent")).isEqualTo("00-" + traceId + "-" + publish.getSpanId() + "-01");
        }
    }

    private List<String> describe(String traceId) {
        return exporter.getFinishedSpanItems().stream().filter(span -> span.getTraceId().equals(traceId))
                .map(span -> span.getName() + " " + span.getSpanId() + "<-" + span.getParentSpanId()).toList();
    }

    private SpanData only(String traceId, String name) {
        List<SpanData> spans = named(traceId, name);
        assertThat(spans).as("spans named %s in trace %s", name, traceId).hasSize(1);
        return spans.get(0);
    }

    private List<SpanData> named(String traceId, String name) {
        return exporter.getFinishedSpanItems().stream()
                .filter(span -> span.getTraceId().equals(traceId) && span.getName().equals(name))
                .toList();
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
