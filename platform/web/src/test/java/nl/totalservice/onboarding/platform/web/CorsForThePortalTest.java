package nl.totalservice.onboarding.platform.web;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import nl.totalservice.onboarding.platform.testing.jwt.DevTokens;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** A service that names the portal's origin (as an operator does with QUARKUS_HTTP_CORS_*) serves it, and only it. */
@QuarkusTest
@TestProfile(CorsForThePortalTest.PortalOrigin.class)
class CorsForThePortalTest {

    private static final String PORTAL = "https://portal.totalservice.nl";

    public static class PortalOrigin implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.cors.enabled", "true", "quarkus.http.cors.origins", PORTAL);
        }
    }

    @Test
    void answersThePortalsPreflightWithTheAllowedMethodsAndHeaders() {
        given().header("Origin", PORTAL)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Authorization, Content-Type, If-Match")
                .when().options("/api/probe")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(PORTAL))
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"));
    }

    @Test
    void letsThePortalReadAnswersAndTheirLocationAndETag() {
        given().header("Origin", PORTAL).auth().oauth2(DevTokens.sales("sanne@totalservice.nl"))
                .when().get("/api/me")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(PORTAL))
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }

    @Test
    void refusesAnyOtherOrigin() {
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET")
                .when().options("/api/me")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
