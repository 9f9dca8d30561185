package nl.totalservice.onboarding.lead.interest;

import io.quarkus.test.junit.QuarkusTest;
import nl.totalservice.onboarding.lead.support.Kafka;
import nl.totalservice.onboarding.lead.support.Leads;
import nl.totalservice.onboarding.lead.support.OtherServices;
import nl.totalservice.onboarding.platform.testing.jwt.DevTokens;
import nl.totalservice.onboarding.platform.testing.kafka.RecordedEvent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.totalservice.onboarding.lead.support.Leads.asSales;
import static nl.totalservice.onboarding.lead.support.Leads.recordInterest;
import static nl.totalservice.onboarding.lead.support.Leads.register;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class InterestTest {

    @Test
    void recordsInterestAndPublishesTheRoutingInput() {
        Map<String, Object> body = Leads.request();
        body.put("wish", Map.of("partnerId", "5b0e6f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b", "kind", "REFERRED_BY_PARTNER"));
        String id = register(body);

        recordInterest(id, Map.of("interested", true, "note", "Wants to meet the partner first"))
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("state", equalTo("INTERESTED"))
                .body("interest.revision", equalTo(1))
                .body("interest.interested", equalTo(true))
                .body("interest.recordedBy", equalTo(Leads.SALES));

        RecordedEvent event = Kafka.recorder().awaitType("LeadInterestRecorded", id, Duration.ofSeconds(10));
        assertThat(event.field("revision")).isEqualTo("1");
        assertThat(event.field("interested")).isEqualTo("true");
        assertThat(event.json().get("reason").isNull()).isTrue();
        assertThat(event.field("note")).isEqualTo("Wants to meet the partner first");
        assertThat(event.field("recordedBy")).isEqualTo(Leads.SALES);
        assertThat(event.field("companyName")).isEqualTo("Bakkerij De Korenschoof B.V.");
        assertThat(event.field("postcode")).isEqualTo("9711 LM");
        assertThat(event.field("pc4")).isEqualTo("9711");
        assertThat(event.field("/location/longitude")).isEqualTo("6.5665");
        assertThat(event.field("/wish/partnerId")).isEqualTo("5b0e6f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b");
        assertThat(event.field("/wish/kind")).isEqualTo("REFERRED_BY_PARTNER");
        assertThat(event.field("/owner/email")).isEqualTo(Leads.SALES);
    }

    @Test
    void refusesNotInterestedWithoutAReason() {
        String id = register();
        recordInterest(id, Map.of("interested", false))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("reason"));
        assertThat(Leads.state(id)).isEqualTo("REGISTERED");
    }

    @Test
    void refusesAReasonWhenInterestedAndOtherWithoutANote() {
        String id = register();
        recordInterest(id, Map.of("interested", true, "reason", "PRICE"))
                .statusCode(400).body("errors[0].field", equalTo("reason"));
        recordInterest(id, Map.of("interested", false, "reason", "OTHER", "note", "  "))
                .statusCode(400).body("errors[0].field", equalTo("note"));
        recordInterest(id, Map.of("reason", "PRICE"))
                .statusCode(400).body("errors[0].field", equalTo("interested"));
        recordInterest(id, Map.of("interested", false, "reason", "TOO_BUSY"))
                .statusCode(400).body("errors[0].field", equalTo("reason"));
    }

    @Test
    void keepsEveryRevisedDecisionWithWhoAndWhenAndPublishesEachOne() {
        String id = register();
        recordInterest(id, Map.of("interested", false, "reason", "NOT_NOW", "note", "After the summer")).statusCode(200);
        Leads.as(DevTokens.sales("pieter.bakker@totalservice.nl")).body(Map.of("interested", true))
                .put("/api/leads/{id}/interest", id).then().statusCode(200)
                .body("interest.revision", equalTo(2))
                .body("state", equalTo("INTERESTED"));

        asSales().get("/api/leads/{id}/interest/revisions", id).then().statusCode(200)
                .body("$", hasSize(2))
                .body("[0].revision", equalTo(1))
                .body("[0].interested", equalTo(false))
                .body("[0].reason", equalTo("NOT_NOW"))
                .body("[0].recordedBy", equalTo(Leads.SALES))
                .body("[1].revision", equalTo(2))
                .body("[1].interested", equalTo(true))
                .body("[1].recordedBy", equalTo("pieter.bakker@totalservice.nl"));

        await().untilAsserted(() -> assertThat(Kafka.recorder().ofType("LeadInterestRecorded"))
                .filteredOn(event -> id.equals(event.key()))
                .extracting(event -> event.field("revision") + ":" + event.field("interested") + ":" + event.field("reason"))
                .containsExactly("1:false:NOT_NOW", "2:true:null"));
    }

    @Test
    void refusesRecordingInterestedTwiceInARow() {
        String id = Leads.interestedLead();
        recordInterest(id, Map.of("interested", true))
                .statusCode(409).body("currentState", equalTo("INTERESTED"));
    }

    @Test
    void refusesToChangeTheDecisionOnceAPartnerIsConfirmed() {
        String id = Leads.interestedLead();
        OtherServices.confirmPartner(id, UUID.randomUUID().toString());
        recordInterest(id, Map.of("interested", false, "reason", "PRICE"))
                .statusCode(409)
                .body("type", equalTo("https://onboarding.totalservice.nl/problems/illegal-transition"))
                .body("currentState", equalTo("PARTNER_CONFIRMED"));
    }

    @Test
    void answers404ForAnUnknownLead() {
        recordInterest(UUID.randomUUID().toString(), Map.of("interested", true))
                .statusCode(404).contentType("application/problem+json");
        asSales().get("/api/leads/{id}/interest/revisions", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void letsOnlySalesRecordInterest() {
        String id = register();
        Leads.as(DevTokens.ops("olaf@totalservice.nl")).body(Map.of("interested", true))
                .put("/api/leads/{id}/interest", id).then().statusCode(403);
        Leads.as(DevTokens.ops("olaf@totalservice.nl")).get("/api/leads/{id}/interest/revisions", id)
                .then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void losesNoDecisionWhenSalesPeopleRecordAtTheSameMoment() throws Exception {
        String id = register();
        List<String> reasons = List.of("PRICE", "NOT_NOW", "HAS_ACCOUNTANT", "SOFTWARE_ONLY", "PRICE", "NOT_NOW");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(reasons.size());
        try {
            var attempts = reasons.stream().map(reason -> (java.util.concurrent.Callable<Integer>) () ->
                    asSales().body(Map.of("interested", false, "reason", reason))
                            .put("/api/leads/{id}/interest", id).statusCode()).toList();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var result : pool.invokeAll(attempts)) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsOnly(200, 409).contains(200);
            long accepted = statuses.stream().filter(status -> status == 200).count();
            asSales().get("/api/leads/{id}/interest/revisions", id).then()
                    .body("$", hasSize((int) accepted));
            Leads.get(id).body("interest.revision", equalTo((int) accepted));
        } finally {
            pool.shutdownNow();
        }
    }
}
