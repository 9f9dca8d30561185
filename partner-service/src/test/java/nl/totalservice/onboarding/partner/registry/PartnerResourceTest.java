package nl.totalservice.onboarding.partner.registry;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.totalservice.onboarding.partner.Topics;
import nl.totalservice.onboarding.partner.support.TestPartners;
import nl.totalservice.onboarding.platform.testing.infra.SharedInfrastructure;
import nl.totalservice.onboarding.platform.testing.jwt.DevTokens;
import nl.totalservice.onboarding.platform.testing.kafka.RecordedEvent;
import nl.totalservice.onboarding.platform.testing.kafka.TopicRecorder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.totalservice.onboarding.partner.support.TestPartners.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class PartnerResourceTest {

    private static TopicRecorder partnerEvents;

    @BeforeAll
    static void record() {
        partnerEvents = TopicRecorder.record(SharedInfrastructure.kafka().bootstrapServers(), Topics.PARTNER_EVENTS);
    }

    @AfterAll
    static void stop() {
        partnerEvents.close();
    }

    @Test
    void registersAPartnerLocatedAtItsPostcodeCentreAndPublishesPartnerRegistered() {
        Map<String, Object> body = TestPartners.body("Accountantskantoor Noord", "9711 ab", "Groningen");
        body.put("preferredLanguage", "en");

        String id = given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(body)
                .when().post("/api/partners")
                .then().statusCode(201)
                .header("Location", containsString("/api/partners/"))
                .header("ETag", "\"0\"")
                .body("address.postcode", equalTo("9711 AB"))
                .body("location.latitude", equalTo(53.2166f))
                .body("locationSource", equalTo("GAZETTEER"))
                .body("active", equalTo(true))
                .body("activeCustomers", equalTo(0))
                .body("availableToday", equalTo(true))
                .body("createdBy", equalTo("carla@totalservice.nl"))
                .extract().path("id");

        RecordedEvent registered = partnerEvents.awaitType("PartnerRegistered", id, Duration.ofSeconds(15));
        assertThat(registered.key()).isEqualTo(id);
        assertThat(registered.field("name")).isEqualTo("Accountantskantoor Noord");
        assertThat(registered.field("preferredLanguage")).isEqualTo("en");
        assertThat(registered.field("version")).isEqualTo("0");
        assertThat(registered.field("/location/longitude")).isEqualTo("6.5695");
        assertThat(registered.field("capacity")).isEqualTo("10");
    }

    @Test
    void keepsGivenCoordinatesAndRefusesAPostcodeTheGazetteerCannotPlace() {
        Map<String, Object> given = TestPartners.body("Kantoor Met Coordinaten", "9711 AB", "Groningen");
        given.put("location", Map.of("latitude", 53.0, "longitude", 6.0));
        Map<String, Object> unknown = TestPartners.body("Kantoor Zonder Plek", "1000 AA", "Amsterdam");

        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(given).when().post("/api/partners")
                .then().statusCode(201).body("locationSource", equalTo("GIVEN")).body("location.latitude", equalTo(53.0f));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(unknown).when().post("/api/partners")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://onboarding.totalservice.nl/problems/postcode-not-placeable"))
                .body("detail", equalTo("PC4 1000 is not in the gazetteer, so postcode 1000 AA cannot be placed: "
                        + "check the postcode, or give the location (latitude and longitude)"))
                .body("pc4", equalTo("1000"))
                .body("gazetteerLoaded", equalTo(true))
                .body("errors[0].field", equalTo("address.postcode"));
        given().auth().oauth2(COORDINATOR).queryParam("q", "Zonder Plek").when().get("/api/partners")
                .then().statusCode(200).body("totalItems", equalTo(0)).body("totalPages", equalTo(0));

        unknown.put("location", Map.of("latitude", 52.3791, "longitude", 4.9003));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(unknown).when().post("/api/partners")
                .then().statusCode(201).body("locationSource", equalTo("GIVEN"));
    }

    @Test
    void replacesAPartnerWithIfMatchAndPublishesPartnerUpdated() {
        UUID id = TestPartners.register("Kantoor Oost", "7511 AA", "Enschede");
        Map<String, Object> change = TestPartners.body("Kantoor Oost", "8011 AA", "Zwolle");
        change.put("capacity", 25);
        change.put("active", false);
        change.put("unavailability", List.of(Map.of("from", "2026-12-24", "to", "2027-01-02", "reason", "Christmas")));

        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(change)
                .when().put("/api/partners/" + id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("capacity", equalTo(25))
                .body("address.city", equalTo("Zwolle"))
                .body("unavailability[0].reason", equalTo("Christmas"));

        RecordedEvent updated = partnerEvents.awaitType("PartnerUpdated", id.toString(), Duration.ofSeconds(15));
        assertThat(updated.field("version")).isEqualTo("1");
        assertThat(updated.field("active")).isEqualTo("false");
        assertThat(updated.field("city")).isEqualTo("Zwolle");
        assertThat(updated.field("/unavailable/0/from")).isEqualTo("2026-12-24");
        assertThat(updated.field("/unavailable/0/to")).isEqualTo("2027-01-02");
        assertThat(updated.field("/unavailable/0/reason")).isEqualTo("Christmas");
    }

    @Test
    void refusesAStaleIfMatchAndAppliesAnUpdateWithoutOneOrWithAStar() {
        UUID id = TestPartners.register("Kantoor Stale", "3511 AA", "Utrecht");
        Map<String, Object> change = TestPartners.body("Kantoor Stale", "3511 AA", "Utrecht");
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(change)
                .when().put("/api/partners/" + id).then().statusCode(200);

        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(change)
                .when().put("/api/partners/" + id)
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("currentVersion", equalTo(1));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).header("If-Match", "version one").body(change)
                .when().put("/api/partners/" + id)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("If-Match"));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(change)
                .when().put("/api/partners/" + id)
                .then().statusCode(200)
                .header("ETag", "\"2\"");
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).header("If-Match", "*").body(change)
                .when().put("/api/partners/" + id)
                .then().statusCode(200)
                .header("ETag", "\"3\"");
    }

    @Test
    void pagesPartnersWithTheirTotalsAndRefusesABadPageSize() {
        String q = "Kantoor Paged " + UUID.randomUUID().toString().substring(0, 8);
        TestPartners.register(q + " A", "3511 AA", "Utrecht");
        TestPartners.register(q + " B", "3511 AA", "Utrecht");
        TestPartners.register(q + " C", "3511 AA", "Utrecht");

        given().auth().oauth2(COORDINATOR).queryParam("q", q).queryParam("size", 2).queryParam("page", 1)
                .when().get("/api/partners")
                .then().statusCode(200)
                .body("items.name", contains(q + " C"))
                .body("page", equalTo(1))
                .body("size", equalTo(2))
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2));
        given().auth().oauth2(COORDINATOR).queryParam("size", 201).when().get("/api/partners")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"));
        given().auth().oauth2(COORDINATOR).queryParam("active", "maybe").when().get("/api/partners")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("active"));
    }

    @Test
    void refusesInvalidFieldsNamingThem() {
        Map<String, Object> body = TestPartners.body("", "12345", "Utrecht");
        body.put("email", "not-an-email");
        body.put("capacity", -1);
        body.put("preferredLanguage", "de");

        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(body)
                .when().post("/api/partners")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("email"))
                .body("errors.field", hasItem("capacity"))
                .body("errors.field", hasItem("preferredLanguage"))
                .body("errors.field", hasItem("address.postcode"));

        Map<String, Object> backwards = TestPartners.body("Kantoor Achteruit", "3511 AA", "Utrecht");
        backwards.put("unavailability", List.of(Map.of("from", "2026-08-10", "to", "2026-08-01", "reason", "Holiday")));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(backwards)
                .when().post("/api/partners")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("unavailability[0].to"));
    }

    @Test
    void refusesASecondPartnerWithTheSameEmail() {
        Map<String, Object> first = TestPartners.body("Kantoor Een", "3511 AA", "Utrecht");
        UUID id = TestPartners.register(first);
        Map<String, Object> second = TestPartners.body("Kantoor Twee", "3511 AA", "Utrecht");
        second.put("email", first.get("email").toString().toUpperCase());

        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(second)
                .when().post("/api/partners")
                .then().statusCode(409)
                .body("existingId", equalTo(id.toString()));
    }

    @Test
    void answersNotFoundForAnUnknownPartner() {
        given().auth().oauth2(COORDINATOR).when().get("/api/partners/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(TestPartners.body("Kantoor Nergens", "3511 AA", "Utrecht"))
                .when().put("/api/partners/" + UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    void onlyTheCoordinatorWritesAndEveryRoleReads() {
        Map<String, Object> body = TestPartners.body("Kantoor Rollen", "3511 AA", "Utrecht");
        given().auth().oauth2(DevTokens.sales("sanne@totalservice.nl")).contentType(ContentType.JSON).body(body)
                .when().post("/api/partners").then().statusCode(403);
        given().contentType(ContentType.JSON).body(body).when().post("/api/partners").then().statusCode(401);
        UUID id = TestPartners.register(body);

        for (String token : List.of(DevTokens.sales("s@totalservice.nl"), DevTokens.ops("o@totalservice.nl"))) {
            given().auth().oauth2(token).when().get("/api/partners/" + id)
                    .then().statusCode(200).body("email", equalTo(body.get("email")));
        }
        given().auth().oauth2(DevTokens.sales("s@totalservice.nl")).queryParam("q", "rollen")
                .when().get("/api/partners")
                .then().statusCode(200).body("items.name", hasItem("Kantoor Rollen"));
    }

    @Test
    void aPartnerSeesItsOwnRecordInFullAndOtherFirmsRestricted() {
        UUID own = TestPartners.register("Kantoor Eigen", "3511 AA", "Utrecht");
        UUID other = TestPartners.register("Kantoor Ander", "6211 AA", "Maastricht");
        String token = DevTokens.partner("henk@eigen.nl", own.toString());

        given().auth().oauth2(token).when().get("/api/partners/me")
                .then().statusCode(200).body("id", equalTo(own.toString())).body("capacity", equalTo(10))
                .body("restricted", equalTo(false));
        given().auth().oauth2(token).when().get("/api/partners/" + other)
                .then().statusCode(200)
                .header("ETag", nullValue())
                .body("name", equalTo("Kantoor Ander"))
                .body("address.city", equalTo("Maastricht"))
                .body("email", nullValue())
                .body("capacity", nullValue())
                .body("notes", nullValue())
                .body("restricted", equalTo(true));
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(TestPartners.body("Kantoor Eigen", "3511 AA", "Utrecht"))
                .when().put("/api/partners/" + own).then().statusCode(403);
    }

    @Test
    void refusesToSetTheCustomerCountAfterRegistration() {
        UUID id = TestPartners.register("Kantoor Teller", "3511 AA", "Utrecht");
        Map<String, Object> change = TestPartners.body("Kantoor Teller", "3511 AA", "Utrecht");
        change.put("activeCustomers", 7);

        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(change)
                .when().put("/api/partners/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("activeCustomers"))
                .body("detail", containsString("registration"));
    }
}
