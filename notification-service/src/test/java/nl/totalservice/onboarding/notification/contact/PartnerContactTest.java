package nl.totalservice.onboarding.notification.contact;

import io.quarkus.test.junit.QuarkusTest;
import nl.totalservice.onboarding.notification.support.TestEvents;
import nl.totalservice.onboarding.notification.support.TestEvents.Partner;
import nl.totalservice.onboarding.notification.support.TestEvents.Task;
import nl.totalservice.onboarding.platform.testing.infra.ReceivedMail;
import nl.totalservice.onboarding.platform.testing.infra.SmtpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.totalservice.onboarding.notification.support.DeliveryLogApi.OPS;
import static nl.totalservice.onboarding.notification.support.DeliveryLogApi.forSourceEvent;
import static nl.totalservice.onboarding.notification.support.Mailbox.awaitMail;
import static nl.totalservice.onboarding.notification.support.Mailbox.mailsTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class PartnerContactTest {

    SmtpServer smtp;

    static TestEvents events;

    @BeforeAll
    static void connect() {
        events = new TestEvents();
    }

    @AfterAll
    static void disconnect() {
        events.close();
    }

    @Test
    void parksAnAssignmentForAnUnknownPartnerAndDeliversItOnceThePartnerIsRegistered() {
        Partner partner = Partner.random("nl");
        Task task = Task.random();

        String eventId = events.taskAssigned(task, partner, false);

        await().atMost(Duration.ofSeconds(20)).until(() -> parkedEventIds().contains(eventId));
        assertThat(forSourceEvent(eventId)).isEmpty();
        assertThat(mailsTo(smtp, partner.email())).isEmpty();

        events.partnerRegistered(partner);

        ReceivedMail mail = awaitMail(smtp, partner.email(), "Nieuwe opvolgtaak");
        assertThat(mail.text()).contains("Beste " + partner.contactName(), task.companyName());
        assertThat(parkedEventIds()).doesNotContain(eventId);
        assertThat(forSourceEvent(eventId)).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("recipient", partner.email()));
    }

    @Test
    void waitsForAnEmailAddressWhenThePartnerHasNoneYet() {
        Partner withoutEmail = Partner.random("nl").withVersion(1, null);
        Task task = Task.random();
        events.partnerRegistered(withoutEmail);

        String eventId = events.taskAssigned(task, withoutEmail, false);
        await().atMost(Duration.ofSeconds(20)).until(() -> parkedEventIds().contains(eventId));

        Partner withEmail = withoutEmail.withVersion(2, "mail-" + withoutEmail.id() + "@example.nl");
        events.partnerUpdated(withEmail);

        ReceivedMail mail = awaitMail(smtp, withEmail.email(), task.companyName());
        assertThat(mail.subject()).startsWith("Nieuwe opvolgtaak");
        assertThat(parkedEventIds()).doesNotContain(eventId);
    }

    @Test
    void keepsTheNewestContactDetailsWhenPartnerEventsArriveOutOfOrder() {
        Partner original = Partner.random("nl");
        Partner newer = original.withVersion(3, "new-" + original.email());
        Task task = Task.random();
        events.partnerUpdated(newer);
        events.partnerRegistered(original);

        String eventId = events.taskAssigned(task, original, false);

        awaitMail(smtp, newer.email(), task.companyName());
        assertThat(forSourceEvent(eventId)).extracting(row -> row.get("recipient")).containsExactly(newer.email());
        assertThat(mailsTo(smtp, original.email(), task.companyName())).isEmpty();
    }

    @Test
    void writesToAPartnerInItsPreferredLanguage() {
        Partner english = Partner.random("en");
        Task task = Task.random();
        events.partnerRegistered(english);

        events.taskAssigned(task, english, false);

        ReceivedMail mail = awaitMail(smtp, english.email(), task.companyName());
        assertThat(mail.subject()).isEqualTo("New follow-up task: please contact " + task.companyName());
        assertThat(mail.text()).contains("Dear " + english.contactName(), "What was discussed",
                "Please accept the task by Thursday 2 July 2026 at 12:00");
        assertThat(mail.html()).contains("<html lang=\"en\">", "View and accept the task in the partner portal");
    }

    private static List<String> parkedEventIds() {
        List<Map<String, Object>> parked = given().auth().oauth2(OPS)
                .when().get("/api/parked-events")
                .then().statusCode(200)
                .extract().jsonPath().getList("items");
        return parked.stream().map(p -> (String) p.get("eventId")).toList();
    }
}
