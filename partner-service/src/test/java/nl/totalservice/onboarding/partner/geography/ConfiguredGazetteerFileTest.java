package nl.totalservice.onboarding.partner.geography;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import nl.totalservice.onboarding.platform.testing.jwt.DevTokens;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * A configured GeoNames file replaces the bundled gazetteer. While it cannot be read the service
 * says so (not ready, and in the status) instead of quietly using other data; once ops put the
 * file in place and reload, its postcodes are the ones in force.
 */
@QuarkusTest
@TestProfile(ConfiguredGazetteerFileTest.MissingFileProfile.class)
class ConfiguredGazetteerFileTest {

    static final Path FILE = Path.of("target/configured-gazetteer/NL.txt").toAbsolutePath();
    private static final String OPS = DevTokens.ops("olaf@totalservice.nl");
    private static final String SALES = DevTokens.sales("sanne@totalservice.nl");

    /** Points partner.gazetteer.path at a file that does not exist when the service starts. */
    public static class MissingFileProfile implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Files.deleteIfExists(FILE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("partner.gazetteer.path", FILE.toString());
        }
    }

    @Test
    void isNotReadyWhileTheConfiguredFileIsUnreadableAndUsesItOnceOpsReloadIt() throws Exception {
        given().when().get("/q/health/ready")
                .then().statusCode(503)
                .body("checks.find { it.name == 'gazetteer' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'gazetteer' }.data.configuredSource", equalTo("FILE"))
                .body("checks.find { it.name == 'gazetteer' }.data.problem", containsString(
                        "The gazetteer file " + FILE + " (partner.gazetteer.path) cannot be read: "
                                + "java.nio.file.NoSuchFileException"));
        given().auth().oauth2(OPS).when().get("/api/gazetteer")
                .then().statusCode(200)
                .body("configuredSource", equalTo("FILE"))
                .body("configuredPath", equalTo(FILE.toString()))
                .body("problem", containsString("cannot be read"));
        given().auth().oauth2(OPS).when().post("/api/gazetteer/reload")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString(FILE + " (partner.gazetteer.path) cannot be read"));

        Files.createDirectories(FILE.getParent());
        Files.copy(GazetteerFileTest.sample(), FILE);
        String checksum = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(FILE)));

        given().auth().oauth2(OPS).when().post("/api/gazetteer/reload")
                .then().statusCode(200)
                .body("problem", nullValue())
                .body("sourceKind", equalTo("FILE"))
                .body("source", equalTo(FILE.toString()))
                .body("version", nullValue())
                .body("checksum", equalTo(checksum))
                .body("rowsRead", equalTo(20))
                .body("postcodes", equalTo(16))
                .body("attribution", equalTo("GeoNames postal code data (www.geonames.org), licensed CC BY 4.0"));
        given().when().get("/q/health/ready")
                .then().body("checks.find { it.name == 'gazetteer' }.status", equalTo("UP"));
        given().auth().oauth2(SALES).when().get("/api/postcodes/9711")
                .then().statusCode(200).body("place", equalTo("Groningen"))
                .body("attribution", equalTo("GeoNames postal code data (www.geonames.org), licensed CC BY 4.0"));
        // in the bundled gazetteer, not in the configured file
        given().auth().oauth2(SALES).when().get("/api/postcodes/2511").then().statusCode(404);
    }
}
