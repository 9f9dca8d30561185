package nl.totalservice.onboarding.notification.intake;

import io.quarkus.test.junit.QuarkusTest;
import nl.totalservice.onboarding.notification.support.TestEvents;
import nl.totalservice.onboarding.notification.support.TestEvents.Partner;
import nl.totalservice.onboarding.notification.support.TestEvents.Task;
import nl.totalservice.onboarding.platform.testing.infra.ReceivedMail;
import nl.totalservice.onboarding.platform.testing.infra.SharedInfrastructure;
import nl.totalservice.onboarding.platform.testing.infra.SmtpServer;
import nl.totalservice.onboarding.platform.testing.kafka.RecordedEvent;
import nl.totalservice.onboarding.platform.testing.kafka.TopicRecorder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static nl.totalservice.onboarding.notification.support.DeliveryLogApi.forSourceEvent;
import static nl.totalservice.onboarding.notification.support.Mailbox.awaitMail;
import static org.assertj.core.api.Assertions.assertThat;

/** The messages after the assignment: reminder, escalation, decline, no partner available. */
@QuarkusTest
class TaskFollowUpNotificationsTest {

    SmtpServer smtp;

    static TestEvents events;
    static TopicRecorder deadLetters;

    @BeforeAll
    static void connect() {
        events = new TestEvents();
        deadLetters = TopicRecorder.record(SharedInfrastructure.kafka().bootstrapServers(), "task-events.dlq");
    }

    @AfterAll
    static void disconnect() {
        events.close();
        deadLetters.close();
    }

    @Test
    void remindsThePartnerOfAnOverdueTask() {
        Partner partner = Partner.random("nl");
        Task task = Task.random();
        events.partnerRegistered(partner);

        events.taskOverdue(task, partner);

        ReceivedMail mail = awaitMail(smtp, partner.email(), task.companyName());
        assertThat(mail.subject()).isEqualTo("Herinnering: accepteer de opvolgtaak voor " + task.companyName());
        assertThat(mail.text()).contains("nog niet geaccepteerd", "donderdag 2 juli 2026 om 12:00",
                task.companyName(), "https://portal.totalservice.nl/tasks/" + task.taskId())
                .doesNotContain(task.customerContact(), task.customerPhone(), task.customerEmail());
        assertThat(mail.html()).doesNotContain(task.customerContact(), task.customerPhone(), task.customerEmail());
    }

    @Test
    void escalatesATaskThatReturnedToTheQueueToTheCoordinators() {
        Partner partner = Partner.random("nl");
        Task task = Task.random();
        events.partnerRegistered(partner);
        events.taskAssigned(task, partner, false);
        awaitMail(smtp, partner.email(), task.companyName()); // the partner is known by now

        String eventId = events.taskReturnedToQueue(task, partner);

        ReceivedMail dutch = awaitMail(smtp, "coordinator-test@totalservice.nl", task.companyName());
        assertThat(dutch.subject()).isEqualTo("Terug in de wachtrij: " + partner.name()
                + " heeft de taak voor " + task.companyName() + " niet op tijd geaccepteerd");
        assertThat(dutch.text()).contains("de termijn om de taak te accepteren is verstreken", partner.phone(),
                "https://onboarding.totalservice.nl/coordinator/tasks/" + task.taskId());
        ReceivedMail english = awaitMail(smtp, "coordinator2-test@totalservice.nl", task.companyName());
        assertThat(english.subject()).startsWith("Back in the queue: " + partner.name());
        assertThat(forSourceEvent(eventId)).extracting(row -> row.get("kind"))
                .containsOnly("OVERDUE_ESCALATION").hasSize(2);
    }

    @Test
    void tellsTheOwnerThatAPartnerDeclinedWithTheReasonAndNote() {
        Partner partner = Partner.random("nl");
        Task task = Task.random();
        events.partnerRegistered(partner);
        events.taskAssigned(task, partner, false);
        awaitMail(smtp, partner.email(), task.companyName());

        events.taskDeclined(task, partner, "NO_CAPACITY", "Wij nemen tot september geen nieuwe klanten aan.");

        ReceivedMail mail = awaitMail(smtp, task.ownerEmail(), "afgewezen");
        assertThat(mail.subject()).isEqualTo(partner.name() + " heeft de opvolging van " + task.companyName()
                + " afgewezen");
        assertThat(mail.text()).contains("Beste " + task.ownerName(), "Reden:        geen capaciteit",
                "Wij nemen tot september geen nieuwe klanten aan.",
                "https://onboarding.totalservice.nl/leads/" + task.leadId());
    }

    @Test
    void tellsTheCoordinatorsThatNoPartnerIsAvailableWithTheReasons() {
        Partner excluded = Partner.random("nl");
        UUID leadId = UUID.randomUUID();

        String eventId = events.noPartnerAvailable(leadId, "sanne.devries@totalservice.nl", excluded,
                List.of("Alle partners in de regio zitten vol", "Partner X heeft deze lead al afgewezen"));

        ReceivedMail mail = awaitMail(smtp, "coordinator-test@totalservice.nl", leadId.toString());
        assertThat(mail.subject()).isEqualTo("Geen partner beschikbaar voor lead " + leadId);
        assertThat(mail.text()).contains("Alle partners in de regio zitten vol",
                "Partner X heeft deze lead al afgewezen", excluded.name() + ", 12.4 km: zit vol", "aanleiding: interesse vastgelegd",
                "Toelichting: No partner can take this lead: every candidate is excluded.",
                "sanne.devries@totalservice.nl", "https://onboarding.totalservice.nl/leads/" + leadId);
        assertThat(forSourceEvent(eventId)).allSatisfy(row -> assertThat(row)
                .containsEntry("kind", "NO_PARTNER_AVAILABLE")
                .containsEntry("leadId", leadId.toString())
                .containsEntry("ownerEmail", "sanne.devries@totalservice.nl"));
    }

    @Test
    void deadLettersAnAssignmentWithoutPartnerAndGoesOn() {
        Partner partner = Partner.random("nl");
        Task task = Task.random();
        events.partnerRegistered(partner);

        String poison = events.raw("task-events", task.taskId().toString(), "TaskAssigned",
                "{\"eventId\":\"" + UUID.randomUUID() + "\",\"taskId\":\"" + task.taskId() + "\",\"partnerId\":null}");
        events.taskAssigned(task, partner, false);

        RecordedEvent dead = deadLetters.await(event -> poison.equals(event.id()), Duration.ofSeconds(30));
        assertThat(dead.header("dlq_error_message")).contains("TaskAssigned without partnerId");
        awaitMail(smtp, partner.email(), task.companyName());
        assertThat(forSourceEvent(poison)).isEmpty();
    }
}
