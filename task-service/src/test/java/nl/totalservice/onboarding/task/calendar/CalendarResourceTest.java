package nl.totalservice.onboarding.task.calendar;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.totalservice.onboarding.task.support.Scenario;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class CalendarResourceTest {

    @Test
    void theCalendarNamesWeekendsAndHolidaysAndCompanyDays() {
        given().auth().oauth2(Scenario.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("reason", "Company day between Christmas and New Year"))
                .put("/api/calendar/closed-days/2031-12-29")
                .then().statusCode(200)
                .body("day", equalTo("2031-12-29"))
                .body("closedBy", equalTo(Scenario.COORDINATOR));

        given().auth().oauth2(Scenario.partnerToken(UUID.randomUUID()))
                .get("/api/calendar?from=2031-12-24&to=2031-12-31")
                .then().statusCode(200)
                .body("zone", equalTo("Europe/Amsterdam"))
                .body("opens", equalTo("09:00:00"))
                .body("days", hasSize(8))
                .body("days.find { it.date == '2031-12-24' }.working", equalTo(true))
                .body("days.find { it.date == '2031-12-24' }.closure", nullValue())
                .body("days.find { it.date == '2031-12-25' }.closure", equalTo("PUBLIC_HOLIDAY"))
                .body("days.find { it.date == '2031-12-25' }.reason", equalTo("Eerste Kerstdag (Christmas Day)"))
                .body("days.find { it.date == '2031-12-27' }.closure", equalTo("WEEKEND"))
                .body("days.find { it.date == '2031-12-29' }.closure", equalTo("CLOSED_DAY"))
                .body("days.find { it.date == '2031-12-29' }.reason", equalTo("Company day between Christmas and New Year"));
    }

    @Test
    void aClosedDayCanBeOpenedAgainOnce() {
        given().auth().oauth2(Scenario.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("reason", "Heidag")).put("/api/calendar/closed-days/2032-06-11").then().statusCode(200);
        given().auth().oauth2(Scenario.coordinator()).get("/api/calendar/closed-days?from=2032-01-01&to=2032-12-31")
                .then().statusCode(200).body("day", hasItem("2032-06-11"));

        given().auth().oauth2(Scenario.coordinator()).delete("/api/calendar/closed-days/2032-06-11").then().statusCode(204);
        given().auth().oauth2(Scenario.coordinator()).get("/api/calendar/closed-days?from=2032-01-01&to=2032-12-31")
                .then().statusCode(200).body("day", not(hasItem("2032-06-11")));
        given().auth().oauth2(Scenario.coordinator()).delete("/api/calendar/closed-days/2032-06-11")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void onlyTheCoordinatorClosesDaysAndBadInputIsNamed() {
        given().auth().oauth2(Scenario.sales()).contentType(ContentType.JSON)
                .body(Map.of("reason", "Heidag")).put("/api/calendar/closed-days/2032-06-11").then().statusCode(403);
        given().auth().oauth2(Scenario.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("reason", " ")).put("/api/calendar/closed-days/2032-06-11")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Scenario.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("reason", "Heidag")).put("/api/calendar/closed-days/11-06-2032")
                .then().statusCode(400).body("detail", endsWith("must be a date like 2026-07-01, not '11-06-2032'"));
        given().auth().oauth2(Scenario.coordinator()).get("/api/calendar?from=2032-01-01&to=2034-01-01")
                .then().statusCode(400).body("type", endsWith("/validation"));
    }
}
