package nl.totalservice.onboarding.platform.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import nl.totalservice.onboarding.platform.testing.jwt.DevTokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class BrowserHeadersTest {

    @Test
    void putsTheSecurityHeadersOnAnAnswer() {
        hasSecurityHeaders(given().auth().oauth2(DevTokens.sales("sanne@totalservice.nl"))
                .when().get("/api/me").then().statusCode(200))
                .header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void putsTheSecurityHeadersOnRefusalsToo() {
        hasSecurityHeaders(given().when().get("/api/me").then().statusCode(401));
        hasSecurityHeaders(given().when().get("/api/probe/things/x").then().statusCode(404));
        hasSecurityHeaders(given().queryParam("q", "x".repeat(5000)).when().get("/api/me").then().statusCode(414));
    }

    @Test
    void givesSwaggerUiAPolicyThatLetsItRunItsOwnScripts() {
        given().when().get("/q/swagger-ui/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self' 'unsafe-inline'"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }

    @Test
    void allowsNoOtherOriginByDefault() {
        given().header("Origin", "https://portal.totalservice.nl")
                .header("Access-Control-Request-Method", "GET")
                .when().options("/api/me")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://portal.totalservice.nl").auth().oauth2(DevTokens.sales("sanne@totalservice.nl"))
                .when().get("/api/me")
                .then().statusCode(200).header("Access-Control-Allow-Origin", nullValue());
    }

    private static ValidatableResponse hasSecurityHeaders(ValidatableResponse response) {
        return response
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Content-Security-Policy", equalTo(
                        "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"));
    }
}
