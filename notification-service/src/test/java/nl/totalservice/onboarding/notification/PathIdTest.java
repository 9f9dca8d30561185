package nl.totalservice.onboarding.notification;

import io.quarkus.test.junit.QuarkusTest;
import nl.totalservice.onboarding.platform.testing.jwt.DevTokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** A blank or malformed notification id names nothing: 404 as a problem, as in every other service (never a 500). */
@QuarkusTest
class PathIdTest {

    private static final String OPS = DevTokens.ops("olaf.ops@totalservice.nl");

    @Test
    void answersABlankIdWith404() {
        given().auth().oauth2(OPS).urlEncodingEnabled(false)
                .when().get("/api/notifications/%20")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://onboarding.totalservice.nl/problems/not-found"))
                .body("detail", containsString("blank"));
        given().auth().oauth2(OPS).urlEncodingEnabled(false)
                .when().post("/api/notifications/%20/retry")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void answersAnIdThatIsNoUuidWith404() {
        given().auth().oauth2(OPS)
                .when().get("/api/notifications/12345")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("must be a UUID"));
    }
}
