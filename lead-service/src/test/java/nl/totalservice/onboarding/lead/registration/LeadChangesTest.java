package nl.totalservice.onboarding.lead.registration;

import io.quarkus.test.junit.QuarkusTest;
import nl.totalservice.onboarding.lead.support.Kafka;
import nl.totalservice.onboarding.lead.support.Leads;
import nl.totalservice.onboarding.lead.support.OtherServices;
import nl.totalservice.onboarding.platform.testing.kafka.RecordedEvent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static nl.totalservice.onboarding.lead.registration.LeadRegistrationTest.contact;
import static nl.totalservice.onboarding.lead.support.Leads.asSales;
import static nl.totalservice.onboarding.lead.support.Leads.register;
import static nl.totalservice.onboarding.lead.support.Leads.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class LeadChangesTest {

    @Test
    void correctsALeadWithItsCurrentVersionAndPublishesTheNewSnapshot() {
        Map<String, Object> body = request();
        String id = register(body);
        contact(body).put("phone", "+31 20 765 4321");

        asSales().header("If-Match", "\"0\"").body(body).put("/api/leads/{id}", id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1))
                .body("contact.phone", equalTo("+31207654321"));

        RecordedEvent event = Kafka.recorder().awaitType("LeadUpdated", id, Duration.ofSeconds(10));
        assertThat(event.field("version")).isEqualTo("1");
        assertThat(event.field("/contact/phone")).isEqualTo("+31207654321");
        assertThat(event.field("/address/postcode")).isEqualTo("9711 LM");
    }

    @Test
    void refusesAStaleIfMatchWith412AndKeepsTheLead() {
        Map<String, Object> body = request();
        String id = register(body);
        Leads.recordInterest(id, Map.of("interested", true)).statusCode(200);
        body.put("companyName", "Someone else's idea");

        asSales().header("If-Match", "\"0\"").body(body).put("/api/leads/{id}", id)
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("currentVersion", equalTo(1));
        asSales().header("If-Match", "\"0\"").body(Map.of("interested", false, "reason", "PRICE"))
                .put("/api/leads/{id}/interest", id).then().statusCode(412);
        Leads.get(id).body("companyName", equalTo("Bakkerij De Korenschoof B.V."))
                .body("state", equalTo("INTERESTED"));
    }

    @Test
    void refusesAMalformedIfMatchNamingTheHeader() {
        String id = register();
        asSales().header("If-Match", "yesterday").body(request()).put("/api/leads/{id}", id)
                .then().statusCode(400).body("errors[0].field", equalTo("If-Match"));
    }

    @Test
    void refusesACorrectionThatMakesItADuplicate() {
        Map<String, Object> first = request();
        String existing = register(first);
        Map<String, Object> second = request();
        String id = register(second);
        second.put("kvkNumber", first.get("kvkNumber"));

        asSales().body(second).put("/api/leads/{id}", id)
                .then().statusCode(409).body("existingId", equalTo(existing));
    }

    @Test
    void withdrawsALeadWithAReasonAndPublishesLeadWithdrawn() {
        String id = Leads.interestedLead();
        String partner = UUID.randomUUID().toString();
        OtherServices.confirmPartner(id, partner);

        asSales().body(Map.of("reason", "CUSTOMER_CANCELLED", "note", "Chose a local firm"))
                .post("/api/leads/{id}/withdrawal", id)
                .then().statusCode(200)
                .body("state", equalTo("WITHDRAWN"))
                .body("withdrawal.reason", equalTo("CUSTOMER_CANCELLED"))
                .body("withdrawal.previousState", equalTo("PARTNER_CONFIRMED"));

        RecordedEvent event = Kafka.recorder().awaitType("LeadWithdrawn", id, Duration.ofSeconds(10));
        assertThat(event.field("partnerId")).isEqualTo(partner);
        assertThat(event.field("reason")).isEqualTo("CUSTOMER_CANCELLED");
        assertThat(event.field("note")).isEqualTo("Chose a local firm");
        assertThat(event.field("withdrawnBy")).isEqualTo(Leads.SALES);
        assertThat(event.field("previousState")).isEqualTo("PARTNER_CONFIRMED");
    }

    @Test
    void refusesToChangeOrWithdrawAWithdrawnLead() {
        String id = Leads.registeredAndWithdrawn(request());

        asSales().body(Map.of("reason", "DUPLICATE")).post("/api/leads/{id}/withdrawal", id)
                .then().statusCode(409).body("currentState", equalTo("WITHDRAWN"));
        asSales().body(request()).put("/api/leads/{id}", id)
                .then().statusCode(409).body("currentState", equalTo("WITHDRAWN"));
        Map<String, Object> live = request();
        register(live);
        Map<String, Object> colliding = request();
        colliding.put("kvkNumber", live.get("kvkNumber"));
        asSales().body(colliding).put("/api/leads/{id}", id)
                .then().statusCode(409).body("currentState", equalTo("WITHDRAWN")).body("existingId", nullValue());
        Leads.recordInterest(id, Map.of("interested", true)).statusCode(409);
    }

    @Test
    void requiresANoteWhenWithdrawingForAnotherReason() {
        String id = register();
        asSales().body(Map.of("reason", "OTHER")).post("/api/leads/{id}/withdrawal", id)
                .then().statusCode(400).body("errors[0].field", equalTo("note"));
        asSales().body(Map.of()).post("/api/leads/{id}/withdrawal", id)
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
    }
}
