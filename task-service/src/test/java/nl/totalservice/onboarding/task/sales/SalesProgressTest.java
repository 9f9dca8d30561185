package nl.totalservice.onboarding.task.sales;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import nl.totalservice.onboarding.task.support.Scenario;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.totalservice.onboarding.task.support.Scenario.sales;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class SalesProgressTest {

    @Inject
    Scenario given;

    @Test
    void salesFollowsItsTasksByOwnerWithHistoryFiltersAndPaging() {
        String owner = "owner-" + UUID.randomUUID().toString().substring(0, 8) + "@totalservice.nl";
        UUID partnerId = given.partner("Kantoor Voortgang");
        UUID first = open(owner, false);
        UUID second = open(owner, true);
        UUID third = open(owner, false);
        given.assign(second, partnerId, null).statusCode(200);
        given.portal(partnerId, "acceptance", second, null).statusCode(200);

        given().auth().oauth2(sales()).queryParam("owner", owner.toUpperCase()).when().get("/api/tasks")
                .then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.id", contains(third.toString(), second.toString(), first.toString()))
                .body("items.owner.email", everyItem(equalTo(owner)))
                .body("items[1].history.action", contains("CREATED", "ASSIGNED", "CALL_REQUESTED", "ACCEPTED", "CALL_CLOSED"))
                .body("items[1].history.actor", hasItem(Scenario.COORDINATOR));
        given().auth().oauth2(sales()).queryParam("owner", owner).queryParam("status", "ACCEPTED")
                .when().get("/api/tasks").then().body("items.id", contains(second.toString()));
        given().auth().oauth2(sales()).queryParam("owner", owner).queryParam("status", "OPEN")
                .queryParam("status", "ASSIGNED").when().get("/api/tasks")
                .then().body("items.id", contains(third.toString(), first.toString()));
        given().auth().oauth2(sales()).queryParam("owner", owner).queryParam("urgent", true)
                .when().get("/api/tasks").then().body("items.id", contains(second.toString()));
        given().auth().oauth2(sales()).queryParam("owner", owner).queryParam("type", "LEAD_FOLLOW_UP")
                .queryParam("size", 2).when().get("/api/tasks")
                .then().body("items", hasSize(2)).body("totalItems", equalTo(3)).body("totalPages", equalTo(2));
        given().auth().oauth2(sales()).queryParam("owner", owner).queryParam("size", 2).queryParam("page", 1)
                .when().get("/api/tasks").then().body("items.id", contains(first.toString()));
        given().auth().oauth2(Scenario.coordinator()).queryParam("partnerId", partnerId.toString())
                .when().get("/api/tasks").then().statusCode(200).body("items.id", contains(second.toString()));
    }

    @Test
    void refusesFiltersThatDoNotParseNamingTheParameter() {
        for (Map.Entry<String, String> bad : Map.of("status", "FINISHED", "leadId", "lead-1", "urgent", "maybe",
                "type", "TAX", "page", "first", "size", "0", "partnerId", "x").entrySet()) {
            given().auth().oauth2(sales()).queryParam(bad.getKey(), bad.getValue()).when().get("/api/tasks")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", equalTo(List.of(bad.getKey())));
        }
    }

    private UUID open(String owner, boolean urgent) {
        String id = given().auth().oauth2(sales()).contentType(ContentType.JSON)
                .body(Map.of("leadId", UUID.randomUUID(), "notes", "Progress", "urgent", urgent,
                        "owner", Map.of("email", owner, "name", "Owner")))
                .when().post("/api/tasks").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }
}
