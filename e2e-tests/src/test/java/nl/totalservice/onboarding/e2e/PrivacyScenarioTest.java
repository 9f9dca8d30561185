package nl.totalservice.onboarding.e2e;

import io.restassured.path.json.JsonPath;
import nl.totalservice.onboarding.platform.testing.infra.ReceivedMail;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Data minimisation and erasure on request, across the four services (docs/privacy.md). */
class PrivacyScenarioTest extends EndToEndTest {

    private static final String CONTACT = "Joost van Dijk";
    private static final String PHONE = "06-12345678";

    @Test
    void aPartnerSeesTheContactOnlyAfterAcceptingAndAnErasureReachesEveryService() {
        actors.deactivateAllPartners();
        String partnerEmail = partnerEmail("privacy");
        String partner = actors.registerPartner("Privé Accountants", partnerEmail, GRONINGEN, 40, 0, "en");
        String lead = actors.registerLead("Kapsalon Discreet", GRONINGEN_EAST, null, null);
        actors.recordInterest(lead, true, null, null);
        JsonPath queued = actors.awaitQueuedTask(lead);
        String task = queued.getString("id");
        await().atMost(Actors.PATIENCE).until(() -> actors.task(task).getString("lead.companyName") != null);
        actors.assign(task, partner, null);

        // the assignment email: the company and a link to the portal task, no contact person
        ReceivedMail mail = awaitMailTo(partnerEmail, 1).get(0);
        assertThat(mail.text()).contains("Kapsalon Discreet", "/tasks/" + task)
                .doesNotContain(CONTACT, PHONE, "@customer.example");
        assertThat(mail.html()).doesNotContain(CONTACT, PHONE, "@customer.example");

        // the portal: the contact person once accepted
        actors.portal(partner).get("/api/portal/tasks/" + task).then().statusCode(200)
                .body("lead.companyName", org.hamcrest.Matchers.equalTo("Kapsalon Discreet"))
                .body("lead.contactName", org.hamcrest.Matchers.nullValue())
                .body("lead.phone", org.hamcrest.Matchers.nullValue());
        actors.portal(partner).post("/api/portal/tasks/" + task + "/acceptance").then().statusCode(200)
                .body("lead.contactName", org.hamcrest.Matchers.equalTo(CONTACT));
        actors.portal(partner).body(Map.of("channel", "PHONE", "note", "Spoke to " + CONTACT))
                .post("/api/portal/tasks/" + task + "/customer-contact").then().statusCode(200);
        awaitEvent("TaskCustomerContacted", task);

        // the customer asks to be forgotten
        JsonPath erased = actors.sales().post("/api/leads/" + lead + "/erasure").then().statusCode(200)
                .extract().jsonPath();
        assertThat(actors.sales().post("/api/leads/" + lead + "/erasure").then().statusCode(200)
                .extract().jsonPath().getString("erasedAt")).isEqualTo(erased.getString("erasedAt"));
        awaitEvent("LeadErased", lead);

        List<String> timeline = await().atMost(Actors.PATIENCE).until(() -> actors.timelineTypes(lead),
                types -> types.stream().filter("LeadDataErased"::equals).count() == 3);
        assertThat(timeline).containsOnlyOnce("LeadErased");
        JsonPath view = actors.sales().get("/api/leads/" + lead + "/timeline").then().statusCode(200)
                .extract().jsonPath();
        assertThat(view.getList("entries.findAll { it.type == 'LeadDataErased' }.summary", String.class))
                .containsExactlyInAnyOrder("Personal data erased by task-service",
                        "Personal data erased by notification-service", "Personal data erased by partner-service");
        assertThat(view.prettify()).doesNotContain(CONTACT, PHONE, "Dorpsstraat", "Kapsalon");

        // every service's copy
        JsonPath theLead = actors.lead(lead);
        assertThat(theLead.getString("companyName")).isEqualTo("[erased]");
        assertThat(theLead.getString("contact.email")).isNull();
        assertThat(theLead.getString("interest.interested")).isEqualTo("true");
        assertThat(actors.task(task).prettify()).doesNotContain(CONTACT, PHONE, "Kapsalon", "@customer.example");
        actors.portal(partner).get("/api/portal/tasks/" + task).then().statusCode(200)
                .body("lead.companyName", org.hamcrest.Matchers.equalTo("[erased]"))
                .body("lead.contactName", org.hamcrest.Matchers.nullValue());
        List<String> notifications = actors.as(system.notification(), actors.salesToken()).queryParam("leadId", lead)
                .get("/api/notifications").then().statusCode(200).extract().path("items.id");
        assertThat(notifications).isNotEmpty();
        for (String id : notifications) {
            assertThat(actors.as(system.notification(), actors.salesToken()).get("/api/notifications/" + id)
                    .then().statusCode(200).extract().asString()).doesNotContain("Kapsalon", CONTACT).contains("[erased]");
        }
        String decisions = actors.as(system.partner(), actors.coordinatorToken()).get("/api/leads/" + lead + "/decisions")
                .then().statusCode(200).extract().asString();
        assertThat(decisions).doesNotContain("Kapsalon", "9713 GX").contains("9713");
    }
}
