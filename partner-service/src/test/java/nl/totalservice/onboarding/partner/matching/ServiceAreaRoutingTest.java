package nl.totalservice.onboarding.partner.matching;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import nl.totalservice.onboarding.partner.support.KafkaClients;
import nl.totalservice.onboarding.partner.support.LeadEventsFixture;
import nl.totalservice.onboarding.partner.support.TestPartners;
import nl.totalservice.onboarding.partner.support.TestWorld;
import nl.totalservice.onboarding.platform.testing.kafka.RecordedEvent;
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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Service areas over the real broker, database and gazetteer: distribution stays among the
 * partners whose area covers the customer, re-matches too, widening is said in words, a wish
 * still beats geography, and the coordinator's edits reach the events and the next decision.
 */
@QuarkusTest
class ServiceAreaRoutingTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @RegisterExtension
    static final KafkaClients kafka = new KafkaClients();

    @Inject
    TestWorld world;

    @Test
    void anAmsterdamCustomerGoesToAUtrechtPartnerNotToTheLighterOneInGroningen() {
        UUID domstad = partner("Domstad Cijfers", "3511 AA", "Utrecht", 3);
        UUID uithof = partner("Uithof Cijfers", "3581 AA", "Utrecht", 3);
        UUID martini = partner("Martini Cijfers", "9711 AA", "Groningen", 0);
        world.onlyActive(Set.of(domstad, uithof, martini));
        UUID lead = UUID.randomUUID();

        kafka.leadEvent(lead, "LeadInterestRecorded", LeadEventsFixture.interested(lead, 1, "1012 AB", null));

        RecordedEvent matched = kafka.partnerEvents().awaitType("PartnerMatched", lead.toString(), WAIT);
        assertThat(matched.field("rule")).isEqualTo("DISTRIBUTION");
        assertThat(matched.field("partnerId")).isIn(domstad.toString(), uithof.toString());
        assertThat(matched.field("explanation"))
                .contains("lowest load of the 2 partners whose service area covers the lead")
                .contains("Competing (2): ", "Domstad Cijfers (35", "Uithof Cijfers (35")
                .contains("Not competing: Martini Cijfers: outside its service area (within 40 km; 14");
        given().auth().oauth2(COORDINATOR).when().get("/api/leads/" + lead + "/decisions")
                .then().statusCode(200)
                .body("[0].reach.kind", equalTo("SERVICE_AREAS"))
                .body("[0].reach.competitors", equalTo(2))
                .body("[0].candidates.find { it.name == 'Martini Cijfers' }.exclusions", equalTo(List.of("OUTSIDE_SERVICE_AREA")))
                .body("[0].candidates.find { it.name == 'Martini Cijfers' }.eligible", equalTo(true))
                .body("[0].candidates.find { it.name == 'Martini Cijfers' }.competed", equalTo(false))
                .body("[0].inputs.province", equalTo("Noord-Holland"));
    }

    @Test
    void aDeclineInAssenIsReMatchedToAGroningenPartnerNotToTheLighterOneInUtrecht() {
        UUID asser = partner("Asser Boeken", "9401 AA", "Assen", 2);
        UUID martini = partner("Martini Boeken", "9711 AA", "Groningen", 2);
        UUID herestraat = partner("Herestraat Boeken", "9712 AA", "Groningen", 2);
        UUID domstad = partner("Domstad Boeken", "3511 AA", "Utrecht", 0);
        world.onlyActive(Set.of(asser, martini, herestraat, domstad));
        UUID lead = UUID.randomUUID();
        UUID task = UUID.randomUUID();
        kafka.leadEvent(lead, "LeadInterestRecorded", LeadEventsFixture.interested(lead, 1, "9402 AB", null));
        RecordedEvent first = kafka.partnerEvents().awaitType("PartnerMatched", lead.toString(), WAIT);
        assertThat(first.field("partnerId")).isEqualTo(asser.toString());
        assertThat(first.field("rule")).isEqualTo("REGION");

        kafka.taskEvent(task, "TaskDeclined", LeadEventsFixture.taskDeclined(task, lead, asser));

        RecordedEvent second = kafka.partnerEvents().awaitType("PartnerMatched",
                event -> lead.toString().equals(event.key()) && "TASK_DECLINED".equals(event.field("trigger")), WAIT);
        assertThat(second.field("partnerId")).isIn(martini.toString(), herestraat.toString());
        assertThat(second.field("rule")).isEqualTo("DISTRIBUTION");
        assertThat(second.field("explanation")).contains("tied with", "Competing (2)",
                "Asser Boeken: declined this lead", "Domstad Boeken: outside its service area (within 40 km; 14");
    }

    @Test
    void aCustomerOutsideEveryAreaIsDecidedByWideningAndTheDecisionSaysSo() {
        UUID domstad = partner("Domstad Verre", "3511 AA", "Utrecht", 0);
        UUID martini = partner("Martini Verre", "9711 AA", "Groningen", 0);
        world.onlyActive(Set.of(domstad, martini));
        UUID lead = UUID.randomUUID();

        kafka.leadEvent(lead, "LeadInterestRecorded", LeadEventsFixture.interested(lead, 1, "6211 AB", null));

        RecordedEvent matched = kafka.partnerEvents().awaitType("PartnerMatched", lead.toString(), WAIT);
        assertThat(matched.field("partnerId")).isEqualTo(domstad.toString());
        assertThat(matched.field("explanation")).startsWith("No eligible partner's service area covers the lead "
                + "(the centre of PC4 6211 (Maastricht)); widened to 150.0 km: Region: Domstad Verre is the only "
                + "eligible partner within 150.0 km (14");
        given().auth().oauth2(COORDINATOR).when().get("/api/leads/" + lead + "/decisions")
                .then().statusCode(200)
                .body("[0].reach.kind", equalTo("WIDENED"))
                .body("[0].reach.widenedToKm", equalTo(150.0f));
    }

    @Test
    void aWishForAPartnerFarAwayIsStillHonoured() {
        UUID martini = partner("Martini Wens", "9711 AA", "Groningen", 0);
        UUID vrijthof = partner("Vrijthof Wens", "6211 AA", "Maastricht", 5);
        world.onlyActive(Set.of(martini, vrijthof));
        UUID lead = UUID.randomUUID();

        kafka.leadEvent(lead, "LeadInterestRecorded", LeadEventsFixture.interested(lead, 1, "9712 AB", vrijthof));

        RecordedEvent matched = kafka.partnerEvents().awaitType("PartnerMatched", lead.toString(), WAIT);
        assertThat(matched.field("rule")).isEqualTo("CUSTOMER_WISH");
        assertThat(matched.field("partnerId")).isEqualTo(vrijthof.toString());
        assertThat(matched.field("explanation")).isEqualTo("Customer's wish: the customer already has contact with "
                + "Vrijthof Wens, an eligible partner (the lead is outside its service area, but a wish beats geography).");
        assertThat(matched.field("/candidates/0/exclusions/0")).isEqualTo("OUTSIDE_SERVICE_AREA");
        assertThat(matched.field("/candidates/0/eligible")).isEqualTo("true");
    }

    @Test
    void aServiceAreaEditedByTheCoordinatorIsInTheEventAndDecidesTheNextLead() {
        UUID domstad = partner("Domstad Zwols", "3511 AA", "Utrecht", 0);
        Map<String, Object> martiniBody = TestPartners.body("Martini Zwols", "9711 AA", "Groningen");
        martiniBody.put("activeCustomers", 2);
        UUID martini = TestPartners.register(martiniBody);
        world.onlyActive(Set.of(domstad, martini));
        UUID before = UUID.randomUUID();
        kafka.leadEvent(before, "LeadInterestRecorded", LeadEventsFixture.interested(before, 1, "8011 AB", null));
        RecordedEvent widened = kafka.partnerEvents().awaitType("PartnerMatched", before.toString(), WAIT);
        assertThat(widened.field("partnerId")).isEqualTo(domstad.toString());
        assertThat(widened.field("explanation")).contains("widened to 100.0 km", "Distribution: Domstad Zwols");

        martiniBody.remove("activeCustomers");
        martiniBody.put("serviceArea", Map.of("radiusKm", 30, "provinces", List.of("overijssel"),
                "pc4Ranges", List.of("7881", "9400-9499")));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(martiniBody)
                .when().put("/api/partners/" + martini)
                .then().statusCode(200)
                .body("serviceArea.radiusKm", equalTo(30.0f))
                .body("serviceArea.effectiveRadiusKm", equalTo(30.0f))
                .body("serviceArea.provinces", equalTo(List.of("Overijssel")))
                .body("serviceArea.pc4Ranges", equalTo(List.of("7881", "9400-9499")))
                .body("serviceArea.description", equalTo("within 30 km, PC4 7881, 9400-9499, Overijssel"));
        RecordedEvent updated = kafka.partnerEvents().awaitType("PartnerUpdated",
                event -> martini.toString().equals(event.key()) && event.value().contains("Overijssel"), WAIT);
        assertThat(updated.field("/serviceArea/radiusKm")).isEqualTo("30.0");
        assertThat(updated.field("/serviceArea/provinces/0")).isEqualTo("Overijssel");
        assertThat(updated.field("/serviceArea/pc4Ranges/1")).isEqualTo("9400-9499");
        assertThat(updated.field("/serviceArea/wholeCountry")).isEqualTo("false");

        UUID after = UUID.randomUUID();
        kafka.leadEvent(after, "LeadInterestRecorded", LeadEventsFixture.interested(after, 1, "8011 CD", null));

        RecordedEvent matched = kafka.partnerEvents().awaitType("PartnerMatched", after.toString(), WAIT);
        assertThat(matched.field("partnerId")).isEqualTo(martini.toString());
        assertThat(matched.field("rule")).isEqualTo("REGION");
        assertThat(matched.field("explanation")).startsWith("Region: Martini Zwols is the only eligible partner whose "
                + "service area covers the lead (8");
    }

    @Test
    void aPartnerRegisteredWithoutServiceAreaHasTheDefaultRadiusInItsViewAndEvent() {
        UUID id = partner("Standaard Gebied", "3511 AA", "Utrecht", 0);

        given().auth().oauth2(COORDINATOR).when().get("/api/partners/" + id)
                .then().statusCode(200)
                .body("serviceArea.radiusKm", equalTo(null))
                .body("serviceArea.effectiveRadiusKm", equalTo(40.0f))
                .body("serviceArea.wholeCountry", equalTo(false))
                .body("serviceArea.description", equalTo("within 40 km"));
        RecordedEvent registered = kafka.partnerEvents().awaitType("PartnerRegistered", id.toString(), WAIT);
        assertThat(registered.field("/serviceArea/effectiveRadiusKm")).isEqualTo("40.0");
        assertThat(registered.json().path("serviceArea").path("radiusKm").isNull()).isTrue();
    }

    @Test
    void refusesBadPc4RangesUnknownProvincesAndImpossibleRadiiNamingTheField() {
        Map<String, Object> body = TestPartners.body("Kantoor Grenzeloos", "3511 AA", "Utrecht");
        body.put("serviceArea", Map.of("pc4Ranges", List.of("9400-9499", "9499-9400")));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(body)
                .when().post("/api/partners")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("serviceArea.pc4Ranges[1]"));

        body.put("serviceArea", Map.of("provinces", List.of("Groningen", "Grunn")));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(body)
                .when().post("/api/partners")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("serviceArea.provinces[1]"))
                .body("detail", org.hamcrest.Matchers.containsString("Noord-Holland"));

        body.put("serviceArea", Map.of("radiusKm", -5, "pc4Ranges", List.of("0999")));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(body)
                .when().post("/api/partners")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("serviceArea.radiusKm"));
    }

    private static UUID partner(String name, String postcode, String city, int customers) {
        Map<String, Object> body = TestPartners.body(name, postcode, city);
        body.put("activeCustomers", customers);
        return TestPartners.register(body);
    }
}
