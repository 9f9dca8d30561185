package nl.totalservice.onboarding.portal;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The pages on a fake of the services' REST APIs: what they show, what they send, how they fail. */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class PortalPagesTest {

    static final String PARTNER = "5b0e6f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b";
    static final String TASK = "3c9a7f10-2b1e-4d8a-9e4f-6a5b4c3d2e1f";
    static final String PARTNER_JSON = "{\"id\":\"" + PARTNER + "\",\"name\":\"Noorderlicht Accountants\","
            + "\"email\":\"anna@noorderlicht.example\",\"address\":{\"city\":\"Groningen\"},\"active\":true}";

    @BeforeEach
    void partnerServiceKnowsOneFirm() {
        FakeServices.reset();
        FakeServices.answer("GET", "/api/partners", 200, "{\"items\":[" + PARTNER_JSON + "],\"page\":0,\"size\":200,"
                + "\"totalItems\":1,\"totalPages\":1}");
        FakeServices.answer("GET", "/api/partners/" + PARTNER, 200, PARTNER_JSON);
    }

    @Test
    void theSignInPageSaysItIsForDevelopmentAndOffersThePartnerFirms() {
        String html = given().get("/sign-in").then().statusCode(200).extract().asString();

        assertThat(html).contains("Development sign-in: anyone can sign in as anyone. Not for production.")
                .contains("Noorderlicht Accountants (Groningen)").contains("value=\"" + PARTNER + "\"");
    }

    @Test
    void aPageOfAPartnerSendsWhoIsNotSignedInToSignInAndBackToThatPageAfterwards() {
        given().redirects().follow(false).get("/tasks/" + TASK).then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/sign-in?next=%2Ftasks%2F" + TASK));
        assertThat(given().get("/sign-in?next=/tasks/" + TASK).asString())
                .contains("name=\"next\" value=\"/tasks/" + TASK + "\"");

        given().formParam("role", "PARTNER").formParam("partnerId", PARTNER).formParam("next", "/tasks/" + TASK)
                .redirects().follow(false).post("/sign-in")
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/tasks/" + TASK));
        given().formParam("role", "PARTNER").formParam("partnerId", PARTNER).formParam("next", "//evil.example/x")
                .redirects().follow(false).post("/sign-in")
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/tasks"));
    }

    @Test
    void aPartnerSeesItsNewTasksFirstUrgentOnesFirstWithTheTimeLeftToAccept() {
        Instant soon = Instant.now().plus(3, ChronoUnit.HOURS);
        FakeServices.answer("GET", "/api/portal/tasks", 200, "{\"items\":["
                + task("11111111-1111-1111-1111-111111111111", "ACCEPTED", false, null, "Kapsalon Knip") + ","
                + task("22222222-2222-2222-2222-222222222222", "ASSIGNED", false, soon.minusSeconds(600), "Bakkerij Bol") + ","
                + task("33333333-3333-3333-3333-333333333333", "ASSIGNED", true, soon, "Slagerij Vers")
                + "],\"page\":0,\"size\":100,\"totalItems\":3,\"totalPages\":1}");
        String cookie = signIn("PARTNER", PARTNER);

        String html = given().cookie("portal_session", cookie).get("/tasks").then().statusCode(200).extract().asString();

        assertThat(html).containsSubsequence("Slagerij Vers", "Urgent", "h left", "Bakkerij Bol", "Kapsalon Knip");
        // the signed-in partner's own token, never one of the portal's: task-service scopes the list by it
        assertThat(FakeServices.received()).filteredOn(r -> r.path().equals("/api/portal/tasks")).isNotEmpty()
                .extracting(r -> claims(r.authorization())).allSatisfy(claims -> assertThat(claims)
                        .contains("\"groups\":[\"partner\"]").contains("\"partner_id\":\"" + PARTNER + "\"")
                        .contains("\"sub\":\"anna@noorderlicht.example\""));
    }

    @Test
    void aNewTaskShowsEvenWhenThePartnersNewestHundredTasksAreAllAnsweredOnes() {
        FakeServices.answer("GET", "/api/portal/tasks?status=ASSIGNED&size=100", 200, "{\"items\":["
                + task("33333333-3333-3333-3333-333333333333", "ASSIGNED", false, Instant.now().plusSeconds(3600), "Slagerij Vers")
                + "]}");
        FakeServices.answer("GET", "/api/portal/tasks", 200, "{\"items\":["
                + task("11111111-1111-1111-1111-111111111111", "COMPLETED", false, null, "Kapsalon Knip") + "]}");
        String cookie = signIn("PARTNER", PARTNER);

        String html = given().cookie("portal_session", cookie).get("/tasks").then().statusCode(200).extract().asString();

        assertThat(html).containsSubsequence("id=\"new-tasks\"", "Slagerij Vers", "id=\"other-tasks\"", "Kapsalon Knip");
    }

    @Test
    void beforeAcceptingThePageSaysTheContactDetailsFollowAndOffersAcceptAndDecline() {
        FakeServices.answer("GET", "/api/portal/tasks/" + TASK, 200, task(TASK, "ASSIGNED", false, Instant.now().plusSeconds(7200), "Slagerij Vers"));
        String cookie = signIn("PARTNER", PARTNER);

        String html = given().cookie("portal_session", cookie).get("/tasks/" + TASK).then().statusCode(200).extract().asString();

        assertThat(html).contains("Wants to meet the accountant").contains("appear once you accept")
                .contains("id=\"accept\"").contains("id=\"decline\"").doesNotContain("id=\"customer-contact\"");
    }

    @Test
    void theCustomersContactDetailsShowOnceAcceptedEvenWhereTheApiSendsThemEarlier() {
        String withContact = ",\"lead\":{\"companyName\":\"Slagerij Vers\",\"contactName\":\"Joost van Dijk\","
                + "\"email\":\"joost@vers.example\",\"phone\":\"06-12345678\"}}";
        FakeServices.answer("GET", "/api/portal/tasks/" + TASK, 200,
                "{\"id\":\"" + TASK + "\",\"status\":\"ASSIGNED\"" + withContact);
        String cookie = signIn("PARTNER", PARTNER);
        assertThat(given().cookie("portal_session", cookie).get("/tasks/" + TASK).asString())
                .doesNotContain("joost@vers.example").contains("appear once you accept");

        FakeServices.answer("GET", "/api/portal/tasks/" + TASK, 200,
                "{\"id\":\"" + TASK + "\",\"status\":\"ACCEPTED\"" + withContact);
        assertThat(given().cookie("portal_session", cookie).get("/tasks/" + TASK).asString())
                .contains("id=\"customer-contact\"").contains("joost@vers.example").contains("06-12345678");
    }

    @Test
    void thePagesOfAPartnerLeaveNoCopyInTheBrowserAndSigningOutClearsWhatIsThere() {
        FakeServices.answer("GET", "/api/portal/tasks/" + TASK, 200, task(TASK, "ACCEPTED", false, null, "Slagerij Vers"));
        Response signedIn = given().formParam("role", "PARTNER").formParam("partnerId", PARTNER).redirects().follow(false)
                .post("/sign-in");
        assertThat(signedIn.header("Set-Cookie")).contains("portal_session=").contains("HttpOnly").contains("SameSite=Lax");
        String cookie = signedIn.getCookie("portal_session");

        Response page = given().cookie("portal_session", cookie).get("/tasks/" + TASK);

        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.asString()).contains("\"historyCacheSize\":0");
        Response out = given().cookie("portal_session", cookie).redirects().follow(false).post("/sign-out");
        assertThat(out.header("Clear-Site-Data")).contains("\"storage\"").contains("\"cache\"");
        assertThat(out.getDetailedCookie("portal_session").getMaxAge()).isZero();
    }

    @Test
    void aTaskWhoseCustomerTaskServiceHasNotSeenYetStillShows() {
        String unknownLead = "{\"id\":\"" + TASK + "\",\"status\":\"ASSIGNED\",\"urgent\":false,\"lead\":null,"
                + "\"owner\":null,\"notes\":null,\"acceptBy\":null,\"overdue\":false}";
        FakeServices.answer("GET", "/api/portal/tasks", 200, "{\"items\":[" + unknownLead + "]}");
        FakeServices.answer("GET", "/api/portal/tasks/" + TASK, 200, unknownLead);
        String cookie = signIn("PARTNER", PARTNER);

        assertThat(given().cookie("portal_session", cookie).get("/tasks").then().statusCode(200).extract().asString())
                .contains("/tasks/" + TASK);
        assertThat(given().cookie("portal_session", cookie).get("/tasks/" + TASK).then().statusCode(200).extract().asString())
                .contains("id=\"accept\"");
    }

    @Test
    void aDeclineTheServiceRefusesShowsItsDetailAndTheFieldsMessageBesideTheForm() {
        FakeServices.answer("GET", "/api/portal/tasks/" + TASK, 200, task(TASK, "ASSIGNED", false, Instant.now().plusSeconds(7200), "Slagerij Vers"));
        FakeServices.answer("POST", "/api/portal/tasks/" + TASK + "/decline", 400, "{\"type\":\"validation\",\"title\":"
                + "\"Invalid request\",\"status\":400,\"detail\":\"The request has invalid fields\",\"errors\":[{\"field\":"
                + "\"note\",\"message\":\"is required when the reason is OTHER\"}]}");
        String cookie = signIn("PARTNER", PARTNER);

        Response answer = given().cookie("portal_session", cookie).formParam("reason", "OTHER").redirects().follow(false)
                .post("/tasks/" + TASK + "/decline");

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.asString()).contains("id=\"decline-problem\"").contains("The request has invalid fields")
                .contains("id=\"decline-note-error\">is required when the reason is OTHER");
        assertThat(FakeServices.received()).filteredOn(r -> r.method().equals("POST"))
                .extracting(FakeServices.Received::body).containsExactly("{\"reason\":\"OTHER\",\"note\":null}");
    }

    @Test
    void aServiceThatIsDownGivesAClearMessageOnThatPartAndThePageStillRenders() {
        String cookie = signIn("SALES", null);

        Response answer = given().cookie("portal_session", cookie).get("/leads");

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.asString()).contains("lead-service is not available right now").contains("My leads")
                .contains("href=\"/leads/new\"");
    }

    @Test
    void theBrowsersLanguageChoosesDutchAndTheSwitchKeepsTheChoice() {
        assertThat(given().header("Accept-Language", "nl-NL,nl;q=0.9,en;q=0.5").get("/sign-in").asString())
                .contains("<html lang=\"nl\">").contains("Ontwikkel-aanmelding").contains("Aanmelden");
        Response switched = given().redirects().follow(false).get("/language/en?back=/sign-in");
        assertThat(switched.statusCode()).isEqualTo(303);
        assertThat(given().cookie("portal_lang", switched.getCookie("portal_lang")).header("Accept-Language", "nl")
                .get("/sign-in").asString()).contains("<html lang=\"en\">").contains("Sign in");
    }

    @Test
    void theLanguageSwitchAndSignInGoOnlyToAPageOfThePortalAndNeverFailOnAStrangeAddress() {
        for (String back : new String[] {"/\\evil.example", "//evil.example", "https://evil.example", "/a b|c"}) {
            given().redirects().follow(false).queryParam("back", back).get("/language/nl")
                    .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith(":" + port() + "/"));
        }
        given().formParam("role", "SALES").formParam("next", "/leads/a b|c").redirects().follow(false).post("/sign-in")
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/leads"));
    }

    @Test
    void aCoordinatorPageIsNotAPartnersAndSendsItHome() {
        String cookie = signIn("PARTNER", PARTNER);

        given().cookie("portal_session", cookie).redirects().follow(false).get("/coordinator/queue")
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/tasks"));
    }

    static String signIn(String role, String partnerId) {
        var request = given().formParam("role", role).redirects().follow(false);
        if (partnerId != null) {
            request.formParam("partnerId", partnerId);
        }
        Response answer = request.post("/sign-in");
        assertThat(answer.statusCode()).isEqualTo(303);
        return answer.getCookie("portal_session");
    }

    static int port() {
        return io.restassured.RestAssured.port;
    }

    /** The claims of a bearer token as JSON. */
    static String claims(String authorization) {
        String[] parts = authorization.substring("Bearer ".length()).split("\\.");
        return new String(java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8);
    }

    static String task(String id, String status, boolean urgent, Instant acceptBy, String company) {
        return "{\"id\":\"" + id + "\",\"status\":\"" + status + "\",\"urgent\":" + urgent + ","
                + "\"acceptBy\":" + (acceptBy == null ? "null" : "\"" + acceptBy + "\"") + ","
                + "\"assignedAt\":\"" + Instant.now().minusSeconds(60) + "\",\"overdue\":false,"
                + "\"notes\":\"Wants to meet the accountant before signing\","
                + "\"owner\":{\"email\":\"sanne@totalservice.nl\",\"name\":\"Sanne de Vries\"},"
                + "\"lead\":{\"companyName\":\"" + company + "\",\"postcode\":\"9711\",\"city\":\"Groningen\"}}";
    }
}
