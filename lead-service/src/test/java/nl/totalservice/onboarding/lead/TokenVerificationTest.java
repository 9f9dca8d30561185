package nl.totalservice.onboarding.lead;

import io.quarkus.test.junit.QuarkusTest;
import nl.totalservice.onboarding.lead.support.Leads;
import nl.totalservice.onboarding.platform.testing.jwt.DevTokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Remembering verified tokens must never let a token through that verification would refuse. */
@QuarkusTest
class TokenVerificationTest {

    @Test
    void refusesATamperedTokenAfterTheGenuineOneWasAccepted() {
        String token = DevTokens.sales("tamper@totalservice.nl");
        given().auth().oauth2(token).get("/api/leads").then().statusCode(200);
        String[] parts = token.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        given().auth().oauth2(tampered).get("/api/leads").then().statusCode(401);
        given().auth().oauth2(token).get("/api/leads").then().statusCode(200);
    }

    @Test
    void refusesAnExpiredTokenEveryTime() {
        String expired = DevTokens.token("late@totalservice.nl", "sales", null, Duration.ofMinutes(-10));
        given().auth().oauth2(expired).get("/api/leads").then().statusCode(401);
        given().auth().oauth2(expired).get("/api/leads").then().statusCode(401);
    }

    @Test
    void keepsEachCallersOwnIdentity() {
        String first = "first-" + System.nanoTime() + "@totalservice.nl";
        String second = "second-" + System.nanoTime() + "@totalservice.nl";
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(DevTokens.sales(first)).get("/api/me").then().body("user", equalTo(first));
            given().auth().oauth2(DevTokens.ops(second)).get("/api/me").then().body("user", equalTo(second));
        }
        Leads.as(DevTokens.ops(second)).body(Leads.request()).post("/api/leads").then().statusCode(403);
    }
}
