package nl.totalservice.onboarding.lead.timeline;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.totalservice.onboarding.lead.support.Kafka;
import nl.totalservice.onboarding.lead.support.Leads;
import nl.totalservice.onboarding.lead.support.OtherServices;
import nl.totalservice.onboarding.platform.testing.jwt.DevTokens;
import nl.totalservice.onboarding.platform.testing.kafka.RecordedEvent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.totalservice.onboarding.lead.support.Leads.asSales;
import static nl.totalservice.onboarding.lead.support.Leads.timeline;
import static nl.totalservice.onboarding.lead.support.Leads.timelineSummaries;
import static nl.totalservice.onboarding.lead.support.Leads.timelineTypes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ProgressViewTest {

    @Test
    void showsTheOtherServicesEventsInTheOrderTheyHappenedWhateverTheirArrival() {
        String id = Leads.interestedLead();
        String partner = UUID.randomUUID().toString();
        String task = UUID.randomUUID().toString();
        Instant t = Instant.now().plusSeconds(5).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

        OtherServices.notificationSent(id, task, t.plusSeconds(4));
        OtherServices.taskAssigned(task, id, partner, t.plusSeconds(3));
        OtherServices.partnerMatched(id, partner, t.plusSeconds(1));
        OtherServices.taskCreated(task, id, partner, t.plusSeconds(2));

        await().untilAsserted(() -> assertThat(timelineTypes(timeline(id))).hasSize(6));
        JsonPath view = timeline(id);
        assertThat(timelineTypes(view)).containsExactly("LeadRegistered", "LeadInterestRecorded", "PartnerMatched",
                "TaskCreated", "TaskAssigned", "NotificationSent");
        assertThat(view.getList("entries.source", String.class)).containsExactly("lead-service", "lead-service",
                "partner-service", "task-service", "task-service", "notification-service");
        assertThat(view.getString("entries[2].summary")).contains("Jansen & De Boer Accountants", "REGION",
                "clearly closer");
        assertThat(view.getString("entries[4].summary")).contains("assigned to Jansen & De Boer Accountants",
                "carla@totalservice.nl");
        assertThat(view.getString("entries[2].occurredAt")).isEqualTo(t.plusSeconds(1).toString());
        assertThat(view.getString("entries[2].details.rule")).isEqualTo("REGION");
        assertThat(view.getString("entries[5].summary")).contains("piet@jansen-deboer.nl");
    }

    @Test
    void showsARedeliveredEventOnce() {
        String id = Leads.interestedLead();
        String task = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        String body = "{\"taskId\":\"" + task + "\",\"leadId\":\"" + id + "\",\"taskType\":\"LEAD_FOLLOW_UP\","
                + "\"status\":\"OPEN\",\"origin\":\"MANUAL\",\"createdBy\":\"" + Leads.SALES + "\"}";
        Instant at = Instant.now();
        OtherServices.sendWithId("task-events", task, eventId, "TaskCreated", at, body);
        OtherServices.sendWithId("task-events", task, eventId, "TaskCreated", at, body);
        OtherServices.taskEvent("TaskCancelled", task, id, "CANCELLED", at.plusSeconds(1), "\"reason\":\"Duplicate task\"");

        await().untilAsserted(() -> assertThat(timelineTypes(timeline(id))).contains("TaskCancelled"));
        assertThat(timelineTypes(timeline(id))).containsExactly("LeadRegistered", "LeadInterestRecorded", "TaskCreated",
                "TaskCancelled");
    }

    @Test
    void showsThePartnerProposedByRoutingOnTheLead() {
        String id = Leads.interestedLead();
        String partner = UUID.randomUUID().toString();
        OtherServices.partnerMatched(id, partner, Instant.now());

        await().untilAsserted(() -> Leads.get(id)
                .body("partner.proposed.partnerId", equalTo(partner))
                .body("partner.proposed.name", equalTo("Jansen & De Boer Accountants"))
                .body("partner.proposed.rule", equalTo("REGION")));
    }

    @Test
    void showsWhenNoPartnerIsAvailable() {
        String id = Leads.interestedLead();
        OtherServices.noPartnerAvailable(id, Instant.now());
        await().untilAsserted(() -> assertThat(timelineTypes(timeline(id))).contains("NoPartnerAvailable"));
        assertThat(timeline(id).getString("entries[2].summary")).contains("All partners in range are at capacity");
    }

    @Test
    void confirmsThePartnerThatAcceptsTheFollowUpAndPublishesLeadPartnerConfirmedOnce() {
        String id = Leads.interestedLead();
        String partner = UUID.randomUUID().toString();
        String task = UUID.randomUUID().toString();
        OtherServices.taskAccepted(task, id, partner, Instant.now());
        OtherServices.taskAccepted(UUID.randomUUID().toString(), id, partner, Instant.now().plusSeconds(1));

        RecordedEvent confirmed = Kafka.recorder().awaitType("LeadPartnerConfirmed", id, Duration.ofSeconds(10));
        assertThat(confirmed.field("partnerId")).isEqualTo(partner);
        assertThat(confirmed.field("taskId")).isEqualTo(task);
        await().untilAsserted(() -> assertThat(timelineTypes(timeline(id)).stream().filter("TaskAccepted"::equals))
                .hasSize(2));
        Leads.get(id).body("state", equalTo("PARTNER_CONFIRMED"))
                .body("partner.confirmed.partnerId", equalTo(partner))
                .body("partner.confirmed.taskId", equalTo(task));
        assertThat(Kafka.recorder().ofType("LeadPartnerConfirmed")).filteredOn(event -> id.equals(event.key()))
                .hasSize(1);
        assertThat(timelineSummaries(timeline(id))).anyMatch(summary -> summary.endsWith("already confirmed"));
    }

    @Test
    void keepsAPartnerAcceptanceOfANotInterestedLeadOnTheViewWithoutConfirmingIt() {
        String id = Leads.register();
        Leads.recordInterest(id, Map.of("interested", false, "reason", "PRICE")).statusCode(200);
        OtherServices.taskAccepted(UUID.randomUUID().toString(), id, UUID.randomUUID().toString(), Instant.now());

        await().untilAsserted(() -> assertThat(timelineTypes(timeline(id))).contains("TaskAccepted"));
        assertThat(timelineSummaries(timeline(id)))
                .anyMatch(summary -> summary.contains("not applied: the lead is NOT_INTERESTED"));
        assertThat(Leads.state(id)).isEqualTo("NOT_INTERESTED");
    }

    @Test
    void deadLettersAnEventAboutALeadItDoesNotKnow() {
        String unknown = UUID.randomUUID().toString();
        String eventId = OtherServices.taskCreated(UUID.randomUUID().toString(), unknown, UUID.randomUUID().toString(),
                Instant.now());

        RecordedEvent dead = Kafka.recorder().await(event -> "task-events.dlq".equals(event.topic())
                && eventId.equals(event.id()), Duration.ofSeconds(15));
        assertThat(dead.header("dlq_error_message")).contains(unknown, "does not know");
        assertThat(dead.header("dlq_attempts")).isEqualTo("1");
    }

    @Test
    void letsSalesCoordinatorsAndOpsReadTheViewButNotPartners() {
        String id = Leads.register();
        Leads.as(DevTokens.coordinator("carla@totalservice.nl")).get("/api/leads/{id}/timeline", id)
                .then().statusCode(200).body("leadId", equalTo(id));
        Leads.as(DevTokens.ops("olaf@totalservice.nl")).get("/api/leads/{id}/timeline", id).then().statusCode(200);
        Leads.as(DevTokens.partner("piet@jansen-deboer.nl", UUID.randomUUID().toString()))
                .get("/api/leads/{id}/timeline", id).then().statusCode(403);
        asSales().get("/api/leads/{id}/timeline", UUID.randomUUID()).then().statusCode(404);
    }
}
