package nl.totalservice.onboarding.lead.onboarding;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import nl.totalservice.onboarding.lead.support.Kafka;
import nl.totalservice.onboarding.lead.support.Leads;
import nl.totalservice.onboarding.lead.support.OtherServices;
import nl.totalservice.onboarding.platform.testing.jwt.DevTokens;
import nl.totalservice.onboarding.platform.testing.kafka.RecordedEvent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.totalservice.onboarding.lead.support.Leads.asSales;
import static nl.totalservice.onboarding.lead.support.Leads.timeline;
import static nl.totalservice.onboarding.lead.support.Leads.timelineTypes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class OnboardingTest {

    static final List<String> REQUIRED = List.of("ENGAGEMENT_LETTER", "TAX_AUTHORISATION", "ID_COPY", "KVK_EXTRACT");
    static final Map<String, Object> DOMAIN = Map.of("identifier", "korenschoof-bv", "action", "CREATED");
    static final Map<String, Object> ORDER = Map.of("signedOn", LocalDate.now().minusDays(1).toString(),
            "documentReference", "DMS-2026-004711", "signatoryName", "Joost van Dijk");

    @Test
    void completesTheFourStepsAndPublishesLeadOnboardedOnce() {
        String id = Leads.interestedLead();
        String partner = UUID.randomUUID().toString();
        OtherServices.confirmPartner(id, partner);

        step(id, "domain", DOMAIN).statusCode(200)
                .body("onboarding.domain.identifier", equalTo("korenschoof-bv"))
                .body("onboarding.domain.performedBy", equalTo(Leads.SALES))
                .body("onboarding.nextStep", equalTo("ORDER_CONFIRMATION"));
        step(id, "order-confirmation", ORDER).statusCode(200)
                .body("onboarding.checklistOpened", equalTo(true))
                .body("onboarding.nextStep", equalTo("MANDATORY_DOCUMENTS"));
        for (String code : REQUIRED) {
            document(id, code, "receipt", Map.of("reference", "DMS-" + code)).statusCode(200);
            document(id, code, "approval", Map.of()).statusCode(200);
        }
        Instant start = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        asSales().body(Map.of("startAt", start.toString(), "mode", "ONLINE")).put("/api/leads/{id}/onboarding/start", id)
                .then().statusCode(200)
                .body("state", equalTo("ONBOARDED"))
                .body("onboarding.nextStep", nullValue())
                .body("onboarding.start.startAt", equalTo(start.toString()));

        RecordedEvent onboarded = Kafka.recorder().awaitType("LeadOnboarded", id, Duration.ofSeconds(10));
        assertThat(onboarded.field("partnerId")).isEqualTo(partner);
        assertThat(onboarded.field("onboardedAt")).isNotNull();
        await().untilAsserted(() -> assertThat(completedSteps(id)).containsExactly("DOMAIN", "ORDER_CONFIRMATION",
                "MANDATORY_DOCUMENTS", "START_SCHEDULED"));
        RecordedEvent domain = stepEvent(id, "DOMAIN");
        assertThat(domain.field("/details/identifier")).isEqualTo("korenschoof-bv");
        assertThat(domain.field("/details/action")).isEqualTo("CREATED");
        assertThat(domain.field("completedBy")).isEqualTo(Leads.SALES);
        assertThat(stepEvent(id, "ORDER_CONFIRMATION").field("/details/documentReference")).isEqualTo("DMS-2026-004711");
        assertThat(stepEvent(id, "MANDATORY_DOCUMENTS").json().at("/details/documents").size()).isEqualTo(5);
        assertThat(stepEvent(id, "START_SCHEDULED").field("/details/partnerId")).isEqualTo(partner);

        Instant later = start.plus(7, ChronoUnit.DAYS);
        asSales().body(Map.of("startAt", later.toString(), "reason", "Partner is on holiday"))
                .put("/api/leads/{id}/onboarding/start", id)
                .then().statusCode(200)
                .body("onboarding.start.startAt", equalTo(later.toString()))
                .body("onboarding.start.rescheduleCount", equalTo(1));
        RecordedEvent moved = Kafka.recorder().awaitType("OnboardingStartRescheduled", id, Duration.ofSeconds(10));
        assertThat(moved.field("previousStartAt")).isEqualTo(start.toString());
        assertThat(moved.field("reason")).isEqualTo("Partner is on holiday");
        assertThat(Kafka.recorder().ofType("LeadOnboarded")).filteredOn(event -> id.equals(event.key())).hasSize(1);
        assertThat(Kafka.recorder().ofType("OnboardingStepCompleted")).filteredOn(event -> id.equals(event.key()))
                .hasSize(4);

        // a customer now: its KvK number stays taken (only a withdrawn lead frees it)
        Map<String, Object> again = Leads.request();
        again.put("kvkNumber", Leads.get(id).extract().path("kvkNumber"));
        Leads.asSales().body(again).post("/api/leads").then().statusCode(409).body("existingId", equalTo(id));
    }

    @Test
    void refusesAStepOutOfOrderWith409AndTheCurrentState() {
        String id = Leads.interestedLead();
        OtherServices.confirmPartner(id, UUID.randomUUID().toString());

        step(id, "order-confirmation", ORDER).statusCode(409)
                .contentType("application/problem+json")
                .body("currentState", equalTo("PARTNER_CONFIRMED"))
                .body("nextStep", equalTo("DOMAIN"));
        step(id, "domain", DOMAIN).statusCode(200);
        step(id, "domain", DOMAIN).statusCode(409).body("detail", equalTo("Step DOMAIN is already completed"));
        asSales().body(Map.of("startAt", Instant.now().plus(3, ChronoUnit.DAYS).toString()))
                .put("/api/leads/{id}/onboarding/start", id)
                .then().statusCode(409)
                .body("nextStep", equalTo("ORDER_CONFIRMATION"))
                .body("completedSteps", contains("DOMAIN"));
        document(id, "ID_COPY", "receipt", Map.of()).statusCode(409);
    }

    @Test
    void needsAnInterestedCustomerForTheDomainAndAConfirmedPartnerForTheOtherSteps() {
        String id = Leads.register();
        step(id, "domain", DOMAIN).statusCode(409).body("currentState", equalTo("REGISTERED"));
        Leads.recordInterest(id, Map.of("interested", true)).statusCode(200);
        step(id, "domain", DOMAIN).statusCode(200);
        step(id, "order-confirmation", ORDER).statusCode(409)
                .body("currentState", equalTo("INTERESTED"))
                .body("detail", equalTo("Step ORDER_CONFIRMATION needs a confirmed partner: a partner must accept "
                        + "the follow-up first"));
    }

    @Test
    void completesTheDocumentsStepWhenTheLastRequiredDocumentIsApproved() {
        String id = leadWithOpenChecklist();
        document(id, "ID_COPY", "receipt", Map.of("reference", "scan-1")).statusCode(200)
                .body("onboarding.documents.find { it.code == 'ID_COPY' }.status", equalTo("RECEIVED"));
        document(id, "ID_COPY", "rejection", Map.of("reason", "Copy of ID is expired")).statusCode(200)
                .body("onboarding.documents.find { it.code == 'ID_COPY' }.status", equalTo("REJECTED"))
                .body("onboarding.documents.find { it.code == 'ID_COPY' }.rejectionReason",
                        equalTo("Copy of ID is expired"));
        document(id, "ID_COPY", "receipt", Map.of("reference", "scan-2")).statusCode(200);

        for (String code : List.of("ENGAGEMENT_LETTER", "TAX_AUTHORISATION", "KVK_EXTRACT")) {
            document(id, code, "receipt", Map.of()).statusCode(200);
            document(id, code, "approval", Map.of()).statusCode(200)
                    .body("onboarding.steps[2].completed", equalTo(false));
        }
        document(id, "ID_COPY", "approval", Map.of("note", "New copy is fine")).statusCode(200)
                .body("onboarding.steps[2].step", equalTo("MANDATORY_DOCUMENTS"))
                .body("onboarding.steps[2].completed", equalTo(true))
                .body("onboarding.nextStep", equalTo("START_SCHEDULED"))
                .body("onboarding.documents.find { it.code == 'DIRECT_DEBIT_MANDATE' }.status", equalTo("PENDING"));

        RecordedEvent completed = stepEvent(id, "MANDATORY_DOCUMENTS");
        assertThat(completed.json().at("/details/documents").findValuesAsText("status"))
                .containsExactly("APPROVED", "APPROVED", "APPROVED", "APPROVED", "PENDING");
        assertThat(timelineTypes(timeline(id)))
                .contains("DocumentReceived", "DocumentRejected", "DocumentApproved");
    }

    @Test
    void refusesDocumentActionsThatDoNotFitTheDocument() {
        String id = leadWithOpenChecklist();
        document(id, "KVK_EXTRACT", "approval", Map.of()).statusCode(409).body("currentState", equalTo("PENDING"));
        document(id, "KVK_EXTRACT", "rejection", Map.of()).statusCode(400).body("errors[0].field", equalTo("reason"));
        document(id, "PASSPORT_PHOTO", "receipt", Map.of()).statusCode(404);
    }

    @Test
    void needsAReasonToRescheduleAndRefusesAStartInThePast() {
        String id = leadWithOpenChecklist();
        for (String code : REQUIRED) {
            document(id, code, "receipt", Map.of()).statusCode(200);
            document(id, code, "approval", Map.of()).statusCode(200);
        }
        asSales().body(Map.of("startAt", Instant.now().minus(1, ChronoUnit.DAYS).toString()))
                .put("/api/leads/{id}/onboarding/start", id).then().statusCode(400)
                .body("errors[0].field", equalTo("startAt"));
        asSales().body(Map.of("startAt", Instant.now().plus(3, ChronoUnit.DAYS).toString()))
                .put("/api/leads/{id}/onboarding/start", id).then().statusCode(200);
        asSales().body(Map.of("startAt", Instant.now().plus(5, ChronoUnit.DAYS).toString()))
                .put("/api/leads/{id}/onboarding/start", id).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        asSales().body(Map.of("reason", "DUPLICATE")).post("/api/leads/{id}/withdrawal", id)
                .then().statusCode(409).body("currentState", equalTo("ONBOARDED"));
    }

    @Test
    void refusesOnboardingForPartnersAndUnknownLeads() {
        String id = Leads.interestedLead();
        Leads.as(DevTokens.partner("piet@jansen-deboer.nl", UUID.randomUUID().toString())).body(DOMAIN)
                .post("/api/leads/{id}/onboarding/domain", id).then().statusCode(403);
        Leads.as(DevTokens.coordinator("carla@totalservice.nl")).body(DOMAIN)
                .post("/api/leads/{id}/onboarding/domain", id).then().statusCode(200);
        step(UUID.randomUUID().toString(), "domain", DOMAIN).statusCode(404);
        step(id, "order-confirmation", Map.of("signedOn", LocalDate.now().plusDays(2).toString()))
                .statusCode(400);
    }

    private static String leadWithOpenChecklist() {
        String id = Leads.interestedLead();
        OtherServices.confirmPartner(id, UUID.randomUUID().toString());
        step(id, "domain", DOMAIN).statusCode(200);
        step(id, "order-confirmation", ORDER).statusCode(200);
        return id;
    }

    static ValidatableResponse step(String id, String step, Map<String, Object> body) {
        return asSales().body(body).post("/api/leads/{id}/onboarding/" + step, id).then();
    }

    static ValidatableResponse document(String id, String code, String action, Map<String, Object> body) {
        return asSales().body(body).post("/api/leads/{id}/onboarding/documents/{code}/" + action, id, code).then();
    }

    private static List<String> completedSteps(String id) {
        return Kafka.recorder().ofType("OnboardingStepCompleted").stream().filter(event -> id.equals(event.key()))
                .map(event -> event.field("step")).toList();
    }

    private static RecordedEvent stepEvent(String id, String step) {
        return Kafka.recorder().awaitType("OnboardingStepCompleted",
                event -> id.equals(event.key()) && step.equals(event.field("step")), Duration.ofSeconds(10));
    }
}
