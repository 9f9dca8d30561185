package nl.totalservice.onboarding.notification.intake;

import io.quarkus.test.junit.QuarkusTest;
import nl.totalservice.onboarding.notification.support.EventsTest;
import nl.totalservice.onboarding.notification.support.TestEvents.Partner;
import nl.totalservice.onboarding.notification.support.TestEvents.Task;
import nl.totalservice.onboarding.platform.testing.infra.ReceivedMail;
import nl.totalservice.onboarding.platform.testing.infra.SmtpServer;
import nl.totalservice.onboarding.platform.testing.kafka.RecordedEvent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.totalservice.onboarding.notification.support.DeliveryLogApi.forSourceEvent;
import static nl.totalservice.onboarding.notification.support.Mailbox.awaitMail;
import static nl.totalservice.onboarding.notification.support.Mailbox.mailsTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class TaskAssignedNotificationTest extends EventsTest {

    SmtpServer smtp;

    @Test
    void emailsTheAssignedPartnerOnceEvenWhenTheEventIsDeliveredTwice() {
        Partner partner = Partner.random("nl");
        Task task = Task.random();
        events.partnerRegistered(partner);
        String eventId = UUID.randomUUID().toString();

        events.taskAssigned(eventId, task, partner, false);
        events.taskAssigned(eventId, task, partner, false);
        events.taskOverdue(task, partner); // same key, so handled after both deliveries

        awaitMail(smtp, partner.email(), "Herinnering");
        ReceivedMail mail = awaitMail(smtp, partner.email(), "Nieuwe opvolgtaak");
        assertThat(mailsTo(smtp, partner.email(), "Nieuwe opvolgtaak")).hasSize(1);
        assertThat(forSourceEvent(eventId)).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("kind", "TASK_ASSIGNED")
                        .containsEntry("recipient", partner.email()));
        assertThat(mail.to()).containsExactly(partner.email());
        assertThat(mail.from()).contains("noreply@totalservice.nl");
        assertThat(mail.subject()).isEqualTo("Nieuwe opvolgtaak: neem contact op met " + task.companyName());
        assertThat(mail.text()).contains("Beste " + partner.contactName(), task.companyName(), "9711 AA Groningen",
                "heeft nu een eigen boekhouder", "https://portal.totalservice.nl/tasks/" + task.taskId(),
                task.ownerEmail(), "Accepteer de taak uiterlijk donderdag 2 juli 2026 om 12:00");
        assertThat(mail.text()).doesNotContain("SPOED");
        assertThat(mail.html()).contains("<a href=\"https://portal.totalservice.nl/tasks/" + task.taskId() + "\"",
                task.companyName(), "jaarrekening &amp; btw &lt;spoedig&gt;");
        // data minimisation: the partner has not accepted yet, so no contact person's details in the mail
        assertThat(List.of(mail.text(), mail.html(), mail.subject())).allSatisfy(part -> assertThat(part)
                .doesNotContain(task.customerContact(), task.customerPhone(), task.customerEmail()));
    }

    @Test
    void raisesTheCallNotificationToTheCoordinatorsAndTheOwnerForAnUrgentAssignment() {
        Partner partner = Partner.random("nl");
        Task task = Task.random();
        events.partnerRegistered(partner);

        String eventId = events.taskAssigned(task, partner, true);

        ReceivedMail partnerMail = awaitMail(smtp, partner.email(), task.companyName());
        assertThat(partnerMail.subject()).startsWith("SPOED: Nieuwe opvolgtaak");
        assertThat(partnerMail.text()).contains("Deze taak heeft SPOED")
                .doesNotContain(task.customerContact(), task.customerPhone(), task.customerEmail());

        ReceivedMail ownerCall = awaitMail(smtp, task.ownerEmail(), task.companyName());
        assertThat(ownerCall.subject()).isEqualTo("BEL NU: " + partner.name() + " (" + partner.phone()
                + ") over spoedtaak " + task.companyName());
        assertThat(ownerCall.text()).contains("Beste " + task.ownerName(), "Bel deze partner nu",
                partner.phone(), partner.contactName(), task.customerPhone(),
                "https://onboarding.totalservice.nl/coordinator/tasks/" + task.taskId());
        assertThat(ownerCall.html()).contains("href=\"tel:" + partner.phone() + "\"");

        ReceivedMail coordinatorCall = awaitMail(smtp, "coordinator-test@totalservice.nl", task.companyName());
        assertThat(coordinatorCall.subject()).startsWith("BEL NU: " + partner.name());
        ReceivedMail englishCoordinatorCall = awaitMail(smtp, "coordinator2-test@totalservice.nl",
                task.companyName());
        assertThat(englishCoordinatorCall.subject()).isEqualTo("CALL NOW: " + partner.name() + " ("
                + partner.phone() + ") about urgent task " + task.companyName());
        assertThat(englishCoordinatorCall.text()).contains("Please phone this partner now", partner.phone());

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(forSourceEvent(eventId))
                .extracting(row -> row.get("kind") + " " + row.get("recipient") + " " + row.get("status"))
                .containsExactlyInAnyOrder(
                        "TASK_ASSIGNED " + partner.email() + " SENT",
                        "URGENT_CALL " + task.ownerEmail() + " SENT",
                        "URGENT_CALL coordinator-test@totalservice.nl SENT",
                        "URGENT_CALL coordinator2-test@totalservice.nl SENT"));
    }

    @Test
    void holdsThePartnersEmailUntilItsOfficeOpensAndTheDeliveryLogSaysWhy() {
        Partner partner = Partner.random("nl");
        Task closedNow = Task.random();
        Task opensSoon = Task.random();
        events.partnerRegistered(partner);
        Instant monday = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        Instant soon = Instant.now().plusSeconds(4).truncatedTo(ChronoUnit.SECONDS);

        String heldId = events.taskAssignedHeld(closedNow, partner, monday, "weekend (Saturday)");
        String soonId = events.taskAssignedHeld(opensSoon, partner, soon, "outside office hours (09:00-17:00)");

        ReceivedMail released = awaitMail(smtp, partner.email(), opensSoon.companyName());
        assertThat(released.subject()).startsWith("Nieuwe opvolgtaak");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(forSourceEvent(soonId)).singleElement()
                .satisfies(row -> {
                    assertThat(row).containsEntry("status", "SENT")
                            .containsEntry("heldReason", "outside office hours (09:00-17:00)");
                    assertThat(Instant.parse((String) row.get("heldUntil"))).isEqualTo(soon);
                    assertThat(Instant.parse((String) row.get("sentAt"))).isAfterOrEqualTo(soon);
                }));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(forSourceEvent(heldId)).singleElement()
                .satisfies(row -> {
                    assertThat(row).containsEntry("status", "PENDING").containsEntry("heldReason", "weekend (Saturday)")
                            .containsEntry("attempts", 0);
                    assertThat(Instant.parse((String) row.get("heldUntil"))).isEqualTo(monday);
                    assertThat(Instant.parse((String) row.get("nextAttemptAt"))).isEqualTo(monday);
                }));
        assertThat(mailsTo(smtp, partner.email(), closedNow.companyName())).isEmpty();
    }

    @Test
    void publishesNotificationSentForEachDeliveredMessage() {
        Partner partner = Partner.random("nl");
        Task task = Task.random();
        events.partnerRegistered(partner);

        String eventId = events.taskAssigned(task, partner, false);

        RecordedEvent sent = notifications.awaitType("NotificationSent",
                event -> eventId.equals(event.field("sourceEventId")), Duration.ofSeconds(30));
        List<Map<String, Object>> rows = forSourceEvent(eventId);
        assertThat(rows).singleElement().satisfies(row -> assertThat(row.get("id")).isEqualTo(sent.key()));
        assertThat(sent.subject()).isEqualTo(sent.key());
        assertThat(sent.source()).isEqualTo("/notification-service");
        assertThat(sent.json().get("eventId").asText()).isEqualTo(sent.id());
        assertThat(sent.field("notificationId")).isEqualTo(sent.key());
        assertThat(sent.field("kind")).isEqualTo("TASK_ASSIGNED");
        assertThat(sent.field("channel")).isEqualTo("EMAIL");
        assertThat(sent.field("recipient")).isEqualTo(partner.email());
        assertThat(sent.field("sourceEventType")).isEqualTo("TaskAssigned");
        assertThat(sent.field("leadId")).isEqualTo(task.leadId().toString());
        assertThat(sent.field("taskId")).isEqualTo(task.taskId().toString());
        assertThat(sent.field("partnerId")).isEqualTo(partner.id().toString());
        assertThat(sent.field("attempts")).isEqualTo("1");
        assertThat(sent.field("occurredAt")).isNotBlank();
    }
}
