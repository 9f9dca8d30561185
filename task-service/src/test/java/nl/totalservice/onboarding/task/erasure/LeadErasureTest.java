package nl.totalservice.onboarding.task.erasure;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.totalservice.onboarding.platform.testing.kafka.RecordedEvent;
import nl.totalservice.onboarding.task.Channels;
import nl.totalservice.onboarding.task.support.Scenario;
import nl.totalservice.onboarding.task.support.TaskTopic;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.totalservice.onboarding.task.support.Scenario.partnerToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class LeadErasureTest {

    @Inject
    Scenario given;

    @Inject
    EntityManager em;

    @Test
    void erasesTheLeadCopyAndTheTaskTextsAndConfirmsWithLeadDataErased() {
        Scenario.Assigned task = given.assignedTask(false);
        given.portal(task.partnerId(), "acceptance", task.taskId(), null).statusCode(200);
        given.portal(task.partnerId(), "customer-contact", task.taskId(),
                Map.of("channel", "PHONE", "note", "Spoke to Jan Jansen about his bakery")).statusCode(200);

        String eventId = leadErased(task.leadId());
        given.awaitHandled(eventId);

        given().auth().oauth2(partnerToken(task.partnerId())).when().get("/api/portal/tasks/{id}", task.taskId())
                .then().statusCode(200)
                .body("lead.companyName", equalTo("[erased]"))
                .body("lead.contactName", nullValue())
                .body("lead.email", nullValue())
                .body("lead.phone", nullValue())
                .body("lead.postcode", equalTo("9711"))
                .body("lead.city", equalTo("Groningen"))
                .body("notes", nullValue());
        JsonPath view = given.task(task.taskId()).statusCode(200).body("status", equalTo("CUSTOMER_CONTACTED"))
                .extract().jsonPath();
        assertThat(view.getList("history.action")).contains("CREATED", "ASSIGNED", "ACCEPTED", "CUSTOMER_CONTACTED");
        assertThat(view.prettify()).doesNotContain("Jan Jansen", "Korenschoof", "+31 50 123 4567", "jan@",
                "meet the accountant");
        assertThat(storedTexts(task.leadId())).noneMatch(text -> text != null && (text.contains("Jan")
                || text.contains("Korenschoof") || text.contains("accountant")));

        RecordedEvent confirmed = TaskTopic.awaitKeyed("LeadDataErased", task.leadId());
        assertThat(confirmed.field("leadId")).isEqualTo(task.leadId().toString());
        assertThat(confirmed.field("service")).isEqualTo("task-service");
        assertThat(confirmed.field("tasks")).isEqualTo("1");
    }

    @Test
    void aSnapshotArrivingAfterTheErasureDoesNotBringTheDataBack() {
        UUID leadId = UUID.randomUUID();
        given.awaitHandled(leadErased(leadId));

        String late = given.publishLead("LeadRegistered", leadId, 1L, "Late Bakery", "late@bakery.nl");
        given.awaitHandled(late);

        QuarkusTransaction.requiringNew().run(() -> {
            Object[] row = (Object[]) em.createNativeQuery(
                    "select company_name, email, erased_at from known_lead where id = :id")
                    .setParameter("id", leadId).getSingleResult();
            assertThat(row[0]).isEqualTo("[erased]");
            assertThat(row[1]).isNull();
            assertThat(row[2]).isNotNull();
        });
        RecordedEvent confirmed = TaskTopic.awaitKeyed("LeadDataErased", leadId);
        assertThat(confirmed.field("tasks")).isEqualTo("0");
    }

    @SuppressWarnings("unchecked")
    private List<String> storedTexts(UUID leadId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select t.notes from follow_up_task t where t.lead_id = :lead "
                        + "union all select h.note from follow_up_task_history h join follow_up_task t on t.id = h.task_id "
                        + "where t.lead_id = :lead "
                        + "union all select concat(k.company_name, k.contact_name, k.email, k.phone) from known_lead k "
                        + "where k.id = :lead")
                .setParameter("lead", leadId).getResultList());
    }

    private static String leadErased(UUID leadId) {
        String body = "{\"eventId\":\"" + UUID.randomUUID() + "\",\"occurredAt\":\"" + Instant.now()
                + "\",\"leadId\":\"" + leadId + "\",\"requestedBy\":\"" + Scenario.SALES + "\"}";
        return Scenario.sender().send(Channels.LEAD_EVENTS, leadId.toString(), "LeadErased", body);
    }
}
