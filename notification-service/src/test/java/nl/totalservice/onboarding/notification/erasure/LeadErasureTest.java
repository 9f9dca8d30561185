package nl.totalservice.onboarding.notification.erasure;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.totalservice.onboarding.notification.Channels;
import nl.totalservice.onboarding.notification.support.EventsTest;
import nl.totalservice.onboarding.notification.support.TestEvents.Partner;
import nl.totalservice.onboarding.notification.support.TestEvents.Task;
import nl.totalservice.onboarding.platform.testing.infra.SmtpServer;
import nl.totalservice.onboarding.platform.testing.kafka.RecordedEvent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static nl.totalservice.onboarding.notification.support.DeliveryLogApi.detail;
import static nl.totalservice.onboarding.notification.support.Mailbox.awaitMail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class LeadErasureTest extends EventsTest {

    SmtpServer smtp;

    @Inject
    EntityManager em;

    @Test
    void erasesTheTextsOfTheLeadsNotificationsDropsItsParkedEventsAndConfirms() {
        Partner partner = Partner.random("nl");
        Task task = Task.random();
        events.partnerRegistered(partner);
        events.taskAssigned(task, partner, true);
        awaitMail(smtp, partner.email(), task.companyName());
        awaitMail(smtp, task.ownerEmail(), task.companyName());
        // the same lead offered to a partner notification-service does not know yet: parked
        events.taskAssigned(task, Partner.random("nl"), false);
        await().atMost(Duration.ofSeconds(20)).until(() -> parkedMentioning(task.leadId()) == 1);

        events.raw(Channels.LEAD_EVENTS, task.leadId().toString(), "LeadRegistered",
                "{\"leadId\":\"" + task.leadId() + "\",\"companyName\":\"skipped: not a type we read\"}");
        events.raw(Channels.LEAD_EVENTS, task.leadId().toString(), "LeadErased", "{\"eventId\":\"" + UUID.randomUUID()
                + "\",\"occurredAt\":\"" + Instant.now() + "\",\"leadId\":\"" + task.leadId()
                + "\",\"requestedBy\":\"sanne@totalservice.nl\"}");

        RecordedEvent confirmed = notifications.awaitType("LeadDataErased", task.leadId().toString(),
                Duration.ofSeconds(20));
        assertThat(confirmed.field("service")).isEqualTo("notification-service");
        assertThat(confirmed.field("leadId")).isEqualTo(task.leadId().toString());
        assertThat(Integer.parseInt(confirmed.field("notifications"))).isGreaterThanOrEqualTo(2);
        assertThat(confirmed.field("parkedEvents")).isEqualTo("1");

        assertThat(parkedMentioning(task.leadId())).isZero();
        List<Object[]> rows = notificationsOf(task.leadId());
        assertThat(rows).hasSizeGreaterThanOrEqualTo(2).allSatisfy(row -> {
            assertThat(row[1]).isEqualTo("[erased]");
            assertThat(row[2]).isEqualTo("[erased]");
            assertThat(row[3]).isEqualTo("[erased]");
            assertThat(row[4]).isNull();
        });
        String anyId = rows.get(0)[0].toString();
        assertThat(detail(anyId).prettify()).doesNotContain(task.companyName(), task.customerContact(),
                task.customerPhone(), "jaarrekening");
    }

    private long parkedMentioning(UUID leadId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from parked_event where position(:lead in payload) > 0")
                .setParameter("lead", leadId.toString()).getSingleResult()).longValue());
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> notificationsOf(UUID leadId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select id, subject, text_body, html_body, lead_name from notification where lead_id = :lead")
                .setParameter("lead", leadId).getResultList());
    }
}
