package nl.totalservice.onboarding.portal;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static nl.totalservice.onboarding.portal.PortalPagesTest.PARTNER;
import static nl.totalservice.onboarding.portal.PortalPagesTest.signIn;
import static org.assertj.core.api.Assertions.assertThat;

/** The coordinator's calls, attention and partner pages on the fake services. */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class CoordinatorPagesTest {

    static final String CALL = "0f8b6c1e-6a4d-4a57-9d7c-2b8e1f3a4c5d";
    static final String TASK = "3c9a7f10-2b1e-4d8a-9e4f-6a5b4c3d2e1f";

    private String cookie;

    @BeforeEach
    void signedInAsTheCoordinator() {
        FakeServices.reset();
        cookie = signIn("COORDINATOR", null);
    }

    @Test
    void theCallListNamesThePartnerItsPhoneAndTheCustomer() {
        FakeServices.answer("GET", "/api/calls", 200, "{\"items\":[{\"id\":\"" + CALL + "\",\"taskId\":\"" + TASK + "\","
                + "\"lead\":{\"companyName\":\"Slagerij Vers\"},\"partner\":{\"name\":\"Spoed Accountants\","
                + "\"contactName\":\"Piet\",\"phone\":\"+31501234567\"},\"status\":\"OPEN\",\"dueAt\":\"2026-07-01T10:00:00Z\","
                + "\"attempts\":[{\"at\":\"2026-07-01T09:00:00Z\",\"outcome\":\"NO_ANSWER\"}]}]}");

        String html = given().cookie("portal_session", cookie).get("/coordinator/calls").then().statusCode(200)
                .extract().asString();

        assertThat(html).contains("Spoed Accountants").contains("tel:+31501234567").contains("Slagerij Vers")
                .contains("No answer").contains("action=\"/coordinator/calls/" + CALL + "/outcome\"");
    }

    @Test
    void aCallOutcomeTheServiceRefusesShowsItsDetailAtThatCall() {
        FakeServices.answer("GET", "/api/calls", 200, "{\"items\":[{\"id\":\"" + CALL + "\",\"taskId\":\"" + TASK + "\","
                + "\"partner\":{\"name\":\"Spoed Accountants\"},\"status\":\"OPEN\"}]}");
        FakeServices.answer("POST", "/api/calls/" + CALL + "/outcome", 400, "{\"title\":\"Invalid request\",\"status\":400,"
                + "\"detail\":\"callBackAt is required for CALL_BACK\",\"errors\":[{\"field\":\"callBackAt\",\"message\":\"is required for CALL_BACK\"}]}");

        Response answer = given().cookie("portal_session", cookie).formParam("outcome", "CALL_BACK")
                .post("/coordinator/calls/" + CALL + "/outcome");

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.asString()).contains("callBackAt is required for CALL_BACK").contains("is required for CALL_BACK</p>");
    }

    @Test
    void overdueAndDeclinedTasksAreListedWithThePartnersNamesAsTaskServiceFiltersThem() {
        FakeServices.answer("GET", "/api/tasks", 200, "{\"items\":[{\"id\":\"" + TASK + "\",\"status\":\"ASSIGNED\",\"overdue\":true,"
                + "\"lead\":{\"companyName\":\"Kapsalon Knip\"},\"assignedPartner\":{\"name\":\"Traag Kantoor\"}}]}");
        FakeServices.answer("GET", "/api/queue", 200, "{\"items\":[{\"id\":\"22222222-2222-2222-2222-222222222222\","
                + "\"lead\":{\"companyName\":\"Slagerij Vers\"},\"declinedPartners\":[{\"name\":\"Eerste Keus\"}],"
                + "\"suggestedPartner\":{\"name\":\"Tweede Keus\"}}]}");

        String html = given().cookie("portal_session", cookie).get("/coordinator/attention").then().statusCode(200)
                .extract().asString();

        assertThat(html).contains("Kapsalon Knip").contains("Traag Kantoor")
                .contains("Slagerij Vers").contains("Eerste Keus").contains("Tweede Keus");
        // task-service filters: a page of 100 newer tasks cannot hide an overdue or declined one
        assertThat(FakeServices.received()).anySatisfy(sent -> {
            assertThat(sent.path()).endsWith("/api/tasks");
            assertThat(sent.query()).contains("overdue=true");
        });
        assertThat(FakeServices.received()).anySatisfy(sent -> {
            assertThat(sent.path()).endsWith("/api/queue");
            assertThat(sent.query()).contains("declined=true");
        });
    }

    @Test
    void theQueueKeepsTaskServicesOrderWhereTheNearestDueTimeComesBeforeTheOldest() {
        FakeServices.answer("GET", "/api/queue", 200, "{\"items\":["
                + "{\"id\":\"" + TASK + "\",\"urgent\":false,\"lead\":{\"companyName\":\"Due Tomorrow BV\"},"
                + "\"dueAt\":\"2026-07-02T10:00:00Z\",\"createdAt\":\"2026-07-01T09:00:00Z\"},"
                + "{\"id\":\"11111111-1111-1111-1111-111111111111\",\"urgent\":false,\"lead\":{\"companyName\":\"No Due Time BV\"},"
                + "\"createdAt\":\"2026-06-01T09:00:00Z\"}]}");

        String html = given().cookie("portal_session", cookie).get("/coordinator/queue").then().statusCode(200)
                .extract().asString();

        assertThat(html).containsSubsequence("Due Tomorrow BV", "No Due Time BV");
    }

    @Test
    void aDecisionListsItsCandidatesAndSaysHowManyPartnersItDidNotList() {
        String decision = "7d2c1b0a-9e8f-4a6b-8c5d-4e3f2a1b0c9d";
        FakeServices.answer("GET", "/api/decisions/" + decision, 200, "{\"decisionId\":\"" + decision + "\","
                + "\"rule\":\"REGION\",\"partnerName\":\"Noorderlicht\",\"explanation\":\"Noorderlicht is nearest.\","
                + "\"candidates\":[{\"partnerId\":\"" + PARTNER + "\",\"name\":\"Noorderlicht\",\"eligible\":true,"
                + "\"distanceKm\":0.7,\"activeCustomers\":3,\"capacity\":10},{\"name\":\"Vol Kantoor\",\"eligible\":false,"
                + "\"exclusions\":[\"AT_CAPACITY\"],\"activeCustomers\":10,\"capacity\":10}],\"candidatesOmitted\":75}");

        String html = given().cookie("portal_session", cookie).get("/coordinator/decisions/" + decision).then().statusCode(200)
                .extract().asString();

        assertThat(html).containsSubsequence("Noorderlicht is nearest.", "Noorderlicht", "0.7", "Vol Kantoor", "AT_CAPACITY",
                "75 more partners, further away or excluded, are not listed");
    }

    @Test
    void aDecisionThatListsEveryPartnerSaysNothingAboutOthers() {
        String decision = "7d2c1b0a-9e8f-4a6b-8c5d-4e3f2a1b0c9e";
        FakeServices.answer("GET", "/api/decisions/" + decision, 200, "{\"decisionId\":\"" + decision + "\","
                + "\"candidates\":[{\"name\":\"Noorderlicht\",\"eligible\":true}],\"candidatesOmitted\":0}");

        String html = given().cookie("portal_session", cookie).get("/coordinator/decisions/" + decision).then().statusCode(200)
                .extract().asString();

        assertThat(html).contains("Noorderlicht").doesNotContain("candidates-omitted").doesNotContain("not listed");
    }

    @Test
    void aServiceThatFailsOnItsSideIsShownAsNotAvailableNotAsARefusal() {
        FakeServices.answer("GET", "/api/queue", 500, "{\"title\":\"Internal Server Error\",\"status\":500,"
                + "\"detail\":\"Unexpected error, errorId 42\"}");

        Response answer = given().cookie("portal_session", cookie).get("/coordinator/queue");

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.asString()).contains("task-service is not available right now").doesNotContain("errorId 42");
    }

    @Test
    void anAnswerThePortalCannotReadIsShownAsNotAvailableNotAsAnError() {
        FakeServices.answer("GET", "/api/calls", 200, "<html>a proxy's page</html>");

        Response answer = given().cookie("portal_session", cookie).get("/coordinator/calls");

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.asString()).contains("task-service is not available right now").contains("id=\"main\"");
    }

    @Test
    void editingAPartnerSendsTheWholeRecordAndShowsAFieldsProblemBesideIt() {
        FakeServices.answer("GET", "/api/partners/" + PARTNER, 200, "{\"id\":\"" + PARTNER + "\",\"name\":\"Noorderlicht\","
                + "\"contactName\":\"Anna\",\"email\":\"anna@noorderlicht.example\",\"phone\":\"050-3123456\","
                + "\"preferredLanguage\":\"nl\",\"address\":{\"postcode\":\"9711 LM\",\"city\":\"Groningen\"},\"active\":true,"
                + "\"capacity\":40,\"unavailability\":[{\"from\":\"2026-08-01\",\"to\":\"2026-08-15\",\"reason\":\"Holiday\"}],"
                + "\"serviceArea\":{\"radiusKm\":null,\"pc4Ranges\":[\"9400-9499\"],\"provinces\":[],\"wholeCountry\":false}}");
        String form = given().cookie("portal_session", cookie).get("/coordinator/partners/" + PARTNER).then().statusCode(200)
                .extract().asString();
        assertThat(form).contains("value=\"Noorderlicht\"").contains("value=\"2026-08-01\"").contains("value=\"Holiday\"");
        FakeServices.answer("PUT", "/api/partners/" + PARTNER, 400, "{\"title\":\"Invalid request\",\"status\":400,"
                + "\"detail\":\"The request has invalid fields\",\"errors\":[{\"field\":\"unavailability[0].to\","
                + "\"message\":\"must not be before from\"}]}");

        Response answer = given().cookie("portal_session", cookie).formParam("name", "Noorderlicht")
                .formParam("contactName", "Anna").formParam("email", "anna@noorderlicht.example").formParam("phone", "050-3123456")
                .formParam("address.postcode", "9711 LM").formParam("address.city", "Groningen").formParam("capacity", "40")
                .formParam("active", "on").formParam("unavailability[0].from", "2026-08-15")
                .formParam("unavailability[0].to", "2026-08-01").formParam("unavailability[0].reason", "Holiday")
                .formParam("unavailability[1].from", "").formParam("unavailability[1].to", "").formParam("unavailability[1].reason", "")
                .post("/coordinator/partners/" + PARTNER);

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.asString()).contains("id=\"partner-unavailability[0].to-error\">must not be before from");
        assertThat(FakeServices.received()).filteredOn(r -> r.method().equals("PUT")).singleElement()
                .extracting(FakeServices.Received::body).asString()
                .contains("\"unavailability\":[{\"from\":\"2026-08-15\",\"to\":\"2026-08-01\",\"reason\":\"Holiday\"}]")
                .contains("\"pc4Ranges\":[\"9400-9499\"]").contains("\"active\":true").contains("\"capacity\":40");
    }
}
