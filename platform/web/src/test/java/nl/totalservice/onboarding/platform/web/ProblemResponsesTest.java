package nl.totalservice.onboarding.platform.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.totalservice.onboarding.platform.testing.jwt.DevTokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class ProblemResponsesTest {

    private static final String VALID = """
            {"name":"a","colour":"RED","address":{"postcode":"1234 AB"}}""";

    @Test
    void acceptsAValidBody() {
        given().contentType(ContentType.JSON).body(VALID)
                .when().post("/api/probe")
                .then().statusCode(200).body("colour", equalTo("RED"));
    }

    @Test
    void namesEachInvalidFieldByItsJsonPath() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"name":"","colour":"RED","address":{"postcode":"12"},"more":[{"postcode":"1234 AB"},{"postcode":"x"}]}""")
                .when().post("/api/probe")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://onboarding.totalservice.nl/problems/validation"))
                .body("status", equalTo(400))
                .body("instance", equalTo("/api/probe"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("address.postcode"))
                .body("errors.field", hasItem("more[1].postcode"))
                .body("detail", containsString("address.postcode: must look like 1234 AB"));
    }

    @Test
    void refusesAMissingBody() {
        given().contentType(ContentType.JSON)
                .when().post("/api/probe")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void refusesMalformedJson() {
        given().contentType(ContentType.JSON).body("{\"name\": \"a\",")
                .when().post("/api/probe")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://onboarding.totalservice.nl/problems/malformed-json"))
                .body("detail", startsWith("The request body is not valid JSON"));
    }

    @Test
    void refusesAWrongTypeNamingTheField() {
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"a\",\"colour\":\"RED\",\"count\":\"many\",\"address\":{\"postcode\":\"1234 AB\"}}")
                .when().post("/api/probe")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("count"))
                .body("detail", containsString("whole number"));
    }

    @Test
    void refusesAnUnknownEnumValueListingTheAllowedOnes() {
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"a\",\"colour\":\"BLUE\",\"address\":{\"postcode\":\"1234 AB\"}}")
                .when().post("/api/probe")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("colour"))
                .body("errors[0].message", equalTo("must be one of [RED, GREEN], not 'BLUE'"));
    }

    @Test
    void refusesABadDate() {
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"a\",\"colour\":\"RED\",\"on\":\"31-12-2026\",\"address\":{\"postcode\":\"1234 AB\"}}")
                .when().post("/api/probe")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("on"));
    }

    @Test
    void refusesAnOversizedBody() {
        given().contentType(ContentType.JSON).body("{\"name\":\"" + "x".repeat(5000) + "\"}")
                .when().post("/api/probe")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void refusesAWrongContentType() {
        given().contentType(ContentType.TEXT).body("hello")
                .when().post("/api/probe")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void answersDomainNotFoundAndConflictAsProblems() {
        given().when().get("/api/probe/things/0b6c7e7a-5f7e-4a43-9a57-6c9a3c3b1e01")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("Thing 0b6c7e7a-5f7e-4a43-9a57-6c9a3c3b1e01 does not exist"));
        given().contentType(ContentType.JSON).when().post("/api/probe/things/0b6c7e7a-5f7e-4a43-9a57-6c9a3c3b1e01/close")
                .then().statusCode(409).contentType("application/problem+json")
                .body("currentState", equalTo("CLOSED"));
    }

    @Test
    void answersUnknownPathsAndBadParametersAsProblems() {
        given().when().get("/api/nothing-here")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/probe/page?size=500")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void hidesInternalsOfUnexpectedErrors() {
        given().when().get("/api/probe/boom")
                .then().statusCode(500).contentType("application/problem+json")
                .body("errorId", not(equalTo(null)))
                .body("detail", not(containsString("secret")));
    }

    @Test
    void requiresAValidTokenWithTheRightRole() {
        given().when().get("/api/probe/me")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2("not-a-token").when().get("/api/probe/me")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.token("x@y.nl", "partner", "5b0e6f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b", Duration.ofSeconds(-60)))
                .when().get("/api/probe/me")
                .then().statusCode(401);
        given().auth().oauth2(DevTokens.sales("sanne@totalservice.nl")).when().get("/api/probe/me")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void takesThePartnerIdFromTheToken() {
        given().auth().oauth2(DevTokens.partner("anna@boekhouder.nl", "5b0e6f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b"))
                .when().get("/api/probe/me")
                .then().statusCode(200)
                .body("id", equalTo("anna@boekhouder.nl"))
                .body("partnerId", equalTo("5b0e6f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b"));
        given().auth().oauth2(DevTokens.token("p@x.nl", "partner", null, Duration.ofMinutes(5)))
                .when().get("/api/probe/me")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void documentsProblemResponsesInOpenApi() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("components.schemas.Problem.properties.detail.type", equalTo("string"))
                .body("paths.'/api/probe'.post.responses.'400'.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/Problem"));
    }
}
