package nl.totalservice.onboarding.partner.matching;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import nl.totalservice.onboarding.partner.support.KafkaClients;
import nl.totalservice.onboarding.partner.support.LeadEventsFixture;
import nl.totalservice.onboarding.partner.support.TestPartners;
import nl.totalservice.onboarding.partner.support.TestWorld;
import nl.totalservice.onboarding.platform.testing.jwt.DevTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.totalservice.onboarding.partner.support.TestPartners.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class MatchingResourceTest {

    private static final String SALES = DevTokens.sales("sanne.devries@totalservice.nl");

    @RegisterExtension
    static final KafkaClients kafka = new KafkaClients();

    @Inject
    TestWorld world;

    @Test
    void previewsADecisionForAHypotheticalLeadWithoutStoringIt() {
        UUID groningen = TestPartners.register("Preview Noord", "9711 AA", "Groningen");
        UUID maastricht = TestPartners.register("Preview Zuid", "6211 AA", "Maastricht");
        world.onlyActive(Set.of(groningen, maastricht));
        long before = world.decisionCount();

        given().auth().oauth2(SALES).contentType(ContentType.JSON).body(Map.of("postcode", "9712 AB"))
                .when().post("/api/matching/preview")
                .then().statusCode(200)
                .body("decisionId", nullValue())
                .body("rule", equalTo("REGION"))
                .body("partnerId", equalTo(groningen.toString()))
                .body("inputs.location.basis", equalTo("PC4_CENTROID"))
                .body("inputs.policy.absoluteMarginKm", equalTo(10.0f))
                .body("candidates[0].name", equalTo("Preview Noord"))
                .body("candidates[1].name", equalTo("Preview Zuid"))
                .body("candidates[1].eligible", equalTo(true));
        given().auth().oauth2(SALES).contentType(ContentType.JSON)
                .body(Map.of("location", Map.of("latitude", 50.85, "longitude", 5.69),
                        "excludedPartnerIds", List.of(maastricht.toString())))
                .when().post("/api/matching/preview")
                .then().statusCode(200)
                .body("partnerId", equalTo(groningen.toString()))
                .body("candidates.find { it.name == 'Preview Zuid' }.exclusions[0]", equalTo("DECLINED_THIS_LEAD"));

        assertThat(world.decisionCount()).isEqualTo(before);
    }

    @Test
    void previewSaysRegionCannotDecideForAnUnknownPostcode() {
        UUID a = TestPartners.register("Onbekend A", "9711 AA", "Groningen");
        UUID b = TestPartners.register("Onbekend B", "6211 AA", "Maastricht");
        world.onlyActive(Set.of(a, b));

        given().auth().oauth2(SALES).contentType(ContentType.JSON).body(Map.of("postcode", "1000"))
                .when().post("/api/matching/preview")
                .then().statusCode(200)
                .body("rule", equalTo("DISTRIBUTION"))
                .body("skippedRules[1].reason", containsString("PC4 1000 is not in the gazetteer"));
    }

    @Test
    void refusesAnInvalidPreview() {
        given().auth().oauth2(SALES).contentType(ContentType.JSON)
                .body(Map.of("postcode", "ABCD", "location", Map.of("latitude", 123, "longitude", 5)))
                .when().post("/api/matching/preview")
                .then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("postcode", "location.latitude"));
        given().auth().oauth2(DevTokens.partner("p@partner.nl", UUID.randomUUID().toString()))
                .contentType(ContentType.JSON).body(Map.of("postcode", "9711"))
                .when().post("/api/matching/preview").then().statusCode(403);
    }

    @Test
    void theCoordinatorAsksForANewDecisionAndEveryoneReadsThem() {
        UUID partner = TestPartners.register("Verzoek Accountants", "9711 AA", "Groningen");
        world.onlyActive(Set.of(partner));
        UUID lead = UUID.randomUUID();
        kafka.leadEvent(lead, "LeadInterestRecorded",
                LeadEventsFixture.interested(lead, 1, "9712 AB", null));
        await().atMost(Duration.ofSeconds(20)).until(() -> world.decisionsOf(lead) == 1);

        String id = given().auth().oauth2(COORDINATOR).when().post("/api/leads/{lead}/decisions", lead)
                .then().statusCode(201)
                .header("Location", containsString("/api/decisions/"))
                .body("trigger", equalTo("REQUESTED"))
                .body("partnerId", equalTo(partner.toString()))
                .extract().path("decisionId");

        given().auth().oauth2(SALES).when().get("/api/decisions/{id}", id)
                .then().statusCode(200)
                .body("leadId", equalTo(lead.toString()))
                .body("inputs.pc4", equalTo("9712"))
                .body("owner.email", equalTo("sanne.devries@totalservice.nl"));
        given().auth().oauth2(DevTokens.ops("olaf@totalservice.nl")).when().get("/api/leads/{lead}/decisions", lead)
                .then().statusCode(200)
                .body("", hasSize(2))
                .body("[0].trigger", equalTo("REQUESTED"))
                .body("[1].trigger", equalTo("INTEREST_RECORDED"));
        given().auth().oauth2(SALES).when().post("/api/leads/{lead}/decisions", lead).then().statusCode(403);
        given().auth().oauth2(DevTokens.partner("p@partner.nl", partner.toString()))
                .when().get("/api/decisions/{id}", id).then().statusCode(403);
    }

    @Test
    void refusesADecisionForAnUnknownOrWithdrawnLead() {
        given().auth().oauth2(COORDINATOR).when().post("/api/leads/{lead}/decisions", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(SALES).when().get("/api/decisions/{id}", UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(SALES).when().get("/api/leads/{lead}/decisions", UUID.randomUUID()).then().statusCode(404);

        UUID lead = UUID.randomUUID();
        kafka.leadEvent(lead, "LeadWithdrawn", LeadEventsFixture.withdrawn(lead, null));
        await().atMost(Duration.ofSeconds(20)).until(() -> world.statusOf(lead).equals(List.of("WITHDRAWN")));

        given().auth().oauth2(COORDINATOR).when().post("/api/leads/{lead}/decisions", lead)
                .then().statusCode(409)
                .body("currentState", equalTo("WITHDRAWN"));
    }
}
