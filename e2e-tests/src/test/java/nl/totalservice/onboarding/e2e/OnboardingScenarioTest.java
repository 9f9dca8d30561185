package nl.totalservice.onboarding.e2e;

import io.restassured.path.json.JsonPath;
import nl.totalservice.onboarding.platform.testing.kafka.RecordedEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Onboarding steps 4 to 7 after the partner accepted: the lead is onboarded, the partner counts a customer. */
class OnboardingScenarioTest extends EndToEndTest {

    @Test
    void anAcceptedLeadCompletesItsStepsIsOnboardedAndThePartnerGainsOneCustomer() {
        actors.deactivateAllPartners();
        String partner = actors.registerPartner("Opstart Accountants", partnerEmail("onboard"), UTRECHT, 40, 0, "en");
        String lead = actors.registerLead("Webwinkel Zon", UTRECHT, partner, "EXISTING_CONTACT");
        actors.recordInterest(lead, true, null, null);
        String task = actors.awaitQueuedTask(lead).getString("id");
        actors.assign(task, partner, null);
        actors.portal(partner).post("/api/portal/tasks/" + task + "/acceptance").then().statusCode(200);
        await().atMost(Actors.PATIENCE).until(() -> "PARTNER_CONFIRMED".equals(actors.lead(lead).getString("state")));
        int customersBefore = actors.partner(partner).getInt("activeCustomers");

        String steps = "/api/leads/" + lead + "/onboarding";
        actors.sales().body(Map.of("identifier", "webwinkel-zon", "action", "CREATED"))
                .post(steps + "/domain").then().statusCode(200);
        actors.sales().body(Map.of("signedOn", LocalDate.now().toString(), "documentReference", "OC-2026-0042",
                "signatoryName", "Z. Zon")).post(steps + "/order-confirmation").then().statusCode(200);
        JsonPath onboarding = actors.lead(lead).setRootPath("onboarding");
        List<String> required = onboarding.getList("documents.findAll { it.required }.code");
        assertThat(required).isNotEmpty();
        for (String code : required) {
            actors.sales().body(Map.of("reference", "DMS-" + code)).post(steps + "/documents/" + code + "/receipt")
                    .then().statusCode(200);
            actors.sales().body(Map.of("note", "Checked")).post(steps + "/documents/" + code + "/approval")
                    .then().statusCode(200);
        }
        actors.sales().body(Map.of("startAt", Instant.now().plus(7, ChronoUnit.DAYS).toString(), "note", "Kick-off at the office"))
                .put(steps + "/start").then().statusCode(200);

        RecordedEvent onboarded = awaitEvent("LeadOnboarded", lead);
        assertThat(onboarded.field("partnerId")).isEqualTo(partner);
        assertThat(events.ofType("OnboardingStepCompleted").stream().filter(event -> lead.equals(event.subject()))
                .map(event -> event.field("step")))
                .containsExactly("DOMAIN", "ORDER_CONFIRMATION", "MANDATORY_DOCUMENTS", "START_SCHEDULED");
        assertThat(actors.lead(lead).getString("state")).isEqualTo("ONBOARDED");
        await().atMost(Actors.PATIENCE).until(() -> actors.partner(partner).getInt("activeCustomers") == customersBefore + 1);
        assertThat(eventsOf("LeadOnboarded", lead)).hasSize(1);
    }
}
