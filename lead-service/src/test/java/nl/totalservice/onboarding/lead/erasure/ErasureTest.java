package nl.totalservice.onboarding.lead.erasure;

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
import java.util.Map;
import java.util.UUID;

import static nl.totalservice.onboarding.lead.support.Leads.timeline;
import static nl.totalservice.onboarding.lead.support.Leads.timelineSummaries;
import static nl.totalservice.onboarding.lead.support.Leads.timelineTypes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ErasureTest {

    @Test
    void erasesTheCustomersPersonalDataKeepsWhatReportingNeedsAndPublishesLeadErased() {
        String id = Leads.register();
        Leads.recordInterest(id, Map.of("interested", false, "reason", "OTHER", "note", "Joost van Dijk wants to wait"))
                .statusCode(200);

        JsonPath erased = Leads.asSales().post("/api/leads/{id}/erasure", id).then().statusCode(200)
                .body("leadId", equalTo(id)).body("erasedBy", equalTo(Leads.SALES))
                .body("erasedAt", notNullValue()).extract().jsonPath();

        Leads.get(id)
                .body("companyName", equalTo("[erased]"))
                .body("kvkNumber", nullValue())
                .body("contact.name", equalTo("[erased]"))
                .body("contact.email", nullValue())
                .body("contact.phone", nullValue())
                .body("address.street", nullValue())
                .body("address.houseNumber", nullValue())
                .body("address.postcode", equalTo("9711"))
                .body("address.pc4", equalTo("9711"))
                .body("address.city", equalTo("Groningen"))
                .body("location", nullValue())
                .body("interest.interested", equalTo(false))
                .body("interest.reason", equalTo("OTHER"))
                .body("interest.note", nullValue())
                .body("state", equalTo("NOT_INTERESTED"))
                .body("erasedAt", equalTo(erased.getString("erasedAt")));

        RecordedEvent event = Kafka.recorder().awaitType("LeadErased", id, Duration.ofSeconds(10));
        assertThat(event.field("leadId")).isEqualTo(id);
        assertThat(event.field("requestedBy")).isEqualTo(Leads.SALES);
        assertThat(event.json().toString()).doesNotContain("Joost", "Dorpsstraat", "06-12345678", "Korenschoof");

        JsonPath view = timeline(id);
        assertThat(timelineTypes(view)).containsExactly("LeadRegistered", "LeadInterestRecorded", "LeadErased");
        assertThat(timelineSummaries(view)).containsExactly("LeadRegistered (details erased)",
                "LeadInterestRecorded (details erased)",
                "Erasure of the customer's personal data requested by " + Leads.SALES);
        assertThat(view.prettify()).doesNotContain("Joost", "Dorpsstraat", "Korenschoof", "wants to wait");
    }

    @Test
    void aSecondRequestAnswersTheSameAndPublishesNothingNew() {
        String id = Leads.register();
        String first = Leads.asSales().post("/api/leads/{id}/erasure", id).then().statusCode(200).extract().asString();
        Kafka.recorder().awaitType("LeadErased", id, Duration.ofSeconds(10));

        String second = Leads.as(DevTokens.ops("olga@totalservice.nl")).post("/api/leads/{id}/erasure", id)
                .then().statusCode(200).extract().asString();

        assertThat(second).isEqualTo(first);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(Kafka.recorder().ofType("LeadErased")).filteredOn(e -> id.equals(e.field("leadId")))
                        .hasSize(1));
        assertThat(timelineTypes(timeline(id))).containsOnlyOnce("LeadErased");
    }

    @Test
    void anErasedLeadCannotBeCorrectedBackIntoPersonalData() {
        String id = Leads.register();
        Leads.asSales().post("/api/leads/{id}/erasure", id).then().statusCode(200);

        Leads.asSales().body(Leads.request()).put("/api/leads/{id}", id).then().statusCode(409)
                .contentType("application/problem+json").body("type", org.hamcrest.Matchers.endsWith("/lead-erased"));
    }

    @Test
    void onlySalesAndOpsEraseAndAnUnknownLeadIsAProblem() {
        String id = Leads.register();
        Leads.as(DevTokens.coordinator("carla@totalservice.nl")).post("/api/leads/{id}/erasure", id)
                .then().statusCode(403);
        Leads.as(DevTokens.partner("desk@kantoor.nl", UUID.randomUUID().toString()))
                .post("/api/leads/{id}/erasure", id).then().statusCode(403);
        Leads.asSales().post("/api/leads/{id}/erasure", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        Leads.asSales().post("/api/leads/{id}/erasure", "not-a-uuid").then().statusCode(404)
                .contentType("application/problem+json");
        Leads.get(id).body("erasedAt", nullValue());
    }

    @Test
    void eachServicesConfirmationAppearsOnTheTimelineWithoutWhatWasErased() {
        String id = Leads.register();
        Leads.asSales().post("/api/leads/{id}/erasure", id).then().statusCode(200);
        Instant at = Instant.now();

        OtherServices.send("task-events", id, "LeadDataErased", at.plusSeconds(1),
                "{\"leadId\":\"" + id + "\",\"service\":\"task-service\",\"tasks\":2}");
        OtherServices.send("notification-events", id, "LeadDataErased", at.plusSeconds(2),
                "{\"leadId\":\"" + id + "\",\"service\":\"notification-service\"}");
        OtherServices.send("partner-events", id, "LeadDataErased", at.plusSeconds(3),
                "{\"leadId\":\"" + id + "\",\"service\":\"partner-service\"}");
        // an event sent before the erasure reached task-service: recorded without its text
        OtherServices.taskAssigned(UUID.randomUUID().toString(), id, UUID.randomUUID().toString(), at.plusSeconds(4));

        await().untilAsserted(() -> assertThat(timelineTypes(timeline(id))).hasSize(6));
        JsonPath view = timeline(id);
        assertThat(timelineSummaries(view)).containsExactly("LeadRegistered (details erased)",
                "Erasure of the customer's personal data requested by " + Leads.SALES,
                "Personal data erased by task-service", "Personal data erased by notification-service",
                "Personal data erased by partner-service", "TaskAssigned (details erased)");
        assertThat(view.getList("entries.source", String.class)).containsExactly("lead-service", "lead-service",
                "task-service", "notification-service", "partner-service", "task-service");
        assertThat(view.getString("entries[5].details")).isNull();
    }
}
