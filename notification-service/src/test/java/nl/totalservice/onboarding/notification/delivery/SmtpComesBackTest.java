package nl.totalservice.onboarding.notification.delivery;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import nl.totalservice.onboarding.notification.support.EventsTest;
import nl.totalservice.onboarding.notification.support.TestEvents.Partner;
import nl.totalservice.onboarding.notification.support.TestEvents.Task;
import nl.totalservice.onboarding.platform.testing.infra.ReceivedMail;
import nl.totalservice.onboarding.platform.testing.infra.SmtpServer;
import nl.totalservice.onboarding.platform.testing.kafka.RecordedEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static nl.totalservice.onboarding.notification.support.DeliveryLogApi.detail;
import static nl.totalservice.onboarding.notification.support.DeliveryLogApi.forSourceEvent;
import static nl.totalservice.onboarding.notification.support.Mailbox.awaitMail;
import static nl.totalservice.onboarding.notification.support.Mailbox.mailsTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Delivery while the SMTP server is away for a while: retried with backoff, sent once it is back. Many short
 * retries here, so that the server comes back before the last one also on a busy machine (with the test
 * profile's six attempts the notification could be FAILED before the test saw it retrying).
 */
@QuarkusTest
@TestProfile(SmtpComesBackTest.PatientRetries.class)
class SmtpComesBackTest extends EventsTest {

    SmtpServer smtp;

    @AfterEach
    void restoreTheSmtpServer() {
        smtp.start(); // no-op when it runs; other tests need it even if this one failed
    }

    @Test
    void retriesWhileTheSmtpServerIsDownAndDeliversOnceItIsBack() {
        Partner partner = Partner.random("nl");
        Task task = Task.random();
        events.partnerRegistered(partner);
        smtp.stop();

        String eventId = events.taskAssigned(task, partner, false);

        Map<String, Object> failing = await().atMost(Duration.ofSeconds(20))
                .until(() -> forSourceEvent(eventId).stream().findFirst().orElse(null),
                        row -> row != null && (Integer) row.get("attempts") >= 2);
        assertThat(failing.get("status")).isIn("PENDING", "SENDING");
        assertThat((String) failing.get("lastError")).isNotBlank();

        smtp.start();

        ReceivedMail mail = awaitMail(smtp, partner.email(), task.companyName());
        assertThat(mail.subject()).startsWith("Nieuwe opvolgtaak");
        String id = (String) failing.get("id");
        await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(detail(id).getString("notification.status")));
        RecordedEvent sent = notifications.awaitType("NotificationSent", id, Duration.ofSeconds(20));
        assertThat(Integer.parseInt(sent.field("attempts"))).isGreaterThanOrEqualTo(3);
        assertThat(mailsTo(smtp, partner.email(), task.companyName())).hasSize(1);
    }

    public static class PatientRetries implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("notification.delivery.max-attempts", "60",
                    "notification.delivery.max-backoff", "500ms");
        }
    }
}
