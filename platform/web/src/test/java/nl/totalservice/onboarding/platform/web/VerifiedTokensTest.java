package nl.totalservice.onboarding.platform.web;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.totalservice.onboarding.platform.testing.jwt.DevTokens;
import nl.totalservice.onboarding.platform.web.security.VerifiedTokens;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

/** The remembered verification of bearer tokens answers like the verifier would, only faster. */
@QuarkusTest
class VerifiedTokensTest {

    @Inject
    JWTParser parser;

    @Test
    void isTheParserTheServicesUse() {
        assertThat(parser).isInstanceOf(VerifiedTokens.class);
    }

    @Test
    void answersARepeatedTokenFromMemory() throws ParseException {
        String token = DevTokens.coordinator("carla@totalservice.nl");
        var first = parser.parse(token);
        var again = parser.parse(token);
        assertThat(again).isSameAs(first);
        assertThat(again.getName()).isEqualTo("carla@totalservice.nl");
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(DevTokens.partner("anna@boekhouder.nl", "5b0e6f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b"))
                    .when().get("/api/probe/me")
                    .then().statusCode(200).body("partnerId", equalTo("5b0e6f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b"));
        }
    }

    @Test
    void refusesARememberedTokenOnceItExpires() throws Exception {
        String token = DevTokens.token("p@x.nl", "partner", "5b0e6f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b", Duration.ofSeconds(2));
        given().auth().oauth2(token).when().get("/api/probe/me").then().statusCode(200);
        long expiresAt = parser.parse(token).getExpirationTime();
        long skew = 1; // mp.jwt.verify.clock.skew in this module's test configuration
        while (System.currentTimeMillis() / 1000 <= expiresAt + skew) {
            Thread.sleep(200);
        }
        given().auth().oauth2(token).when().get("/api/probe/me").then().statusCode(401);
        assertThatThrownBy(() -> parser.parse(token)).isInstanceOf(ParseException.class);
    }

    @Test
    void refusesAForgedTokenAfterTheGenuineOneWasRemembered() throws ParseException {
        String token = DevTokens.coordinator("carla@totalservice.nl");
        assertThat(parser.parse(token).getName()).isEqualTo("carla@totalservice.nl");
        String[] parts = token.split("\\.");
        String otherSignature = DevTokens.ops("carla@totalservice.nl").split("\\.")[2];
        String forged = parts[0] + "." + parts[1] + "." + otherSignature;
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> parser.parse(forged)).isInstanceOf(ParseException.class);
            given().auth().oauth2(forged).when().get("/api/probe/me").then().statusCode(401);
        }
        assertThat(parser.parse(token).getName()).isEqualTo("carla@totalservice.nl");
    }

    @Test
    void keepsEachCallersOwnIdentity() {
        String first = "first-" + System.nanoTime() + "@boekhouder.nl";
        String second = "second-" + System.nanoTime() + "@boekhouder.nl";
        String firstToken = DevTokens.partner(first, "5b0e6f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b");
        String secondToken = DevTokens.partner(second, "7c1f8a3b-2d4e-4f60-9bac-1d2e3f4a5b6c");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(firstToken).when().get("/api/probe/me").then().statusCode(200)
                    .body("id", equalTo(first)).body("partnerId", equalTo("5b0e6f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b"));
            given().auth().oauth2(secondToken).when().get("/api/probe/me").then().statusCode(200)
                    .body("id", equalTo(second)).body("partnerId", equalTo("7c1f8a3b-2d4e-4f60-9bac-1d2e3f4a5b6c"));
        }
    }
}
