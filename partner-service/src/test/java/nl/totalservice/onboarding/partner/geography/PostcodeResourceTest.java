package nl.totalservice.onboarding.partner.geography;

import io.quarkus.test.junit.QuarkusTest;
import nl.totalservice.onboarding.platform.testing.jwt.DevTokens;
import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.util.HexFormat;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class PostcodeResourceTest {

    private static final String SALES = DevTokens.sales("sanne@totalservice.nl");
    private static final String OPS = DevTokens.ops("olaf@totalservice.nl");

    @Test
    void looksUpAPostcodeInEitherForm() {
        for (String postcode : new String[] {"9711", "9711 AB", "9711ab"}) {
            given().auth().oauth2(SALES).when().get("/api/postcodes/{pc}", postcode)
                    .then().statusCode(200)
                    .body("pc4", equalTo("9711"))
                    .body("place", equalTo("Groningen"))
                    .body("municipality", equalTo("Groningen"))
                    .body("province", equalTo("Groningen"))
                    .body("latitude", equalTo(53.2166f))
                    .body("attribution", containsString("GeoNames"))
                    .body("attribution", containsString("CC BY 4.0"));
        }
    }

    @Test
    void explainsWhichRowsOfASpreadPostcodeItIgnored() {
        given().auth().oauth2(SALES).when().get("/api/postcodes/7881")
                .then().statusCode(200)
                .body("municipality", equalTo("Emmen"))
                .body("sourceRows", equalTo(3))
                .body("derivation", equalTo("MAJORITY_MUNICIPALITY"))
                .body("ignoredPlaces", hasSize(1))
                .body("ignoredPlaces[0]", containsString("Dwingeloo"));
    }

    @Test
    void refusesAMalformedPostcodeAndAnswersNotFoundForAnUnknownOne() {
        given().auth().oauth2(SALES).when().get("/api/postcodes/12x4")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("postcode"));
        given().auth().oauth2(SALES).when().get("/api/postcodes/1000")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/postcodes/9711").then().statusCode(401);
    }

    @Test
    void opsSeeThatTheBundledGazetteerIsLoadedWithItsVersionAndChecksum() throws Exception {
        String checksum = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Thread.currentThread().getContextClassLoader().getResourceAsStream(BundledGazetteer.RESOURCE)
                        .readAllBytes()));

        String loadedAt = given().auth().oauth2(OPS).when().get("/api/gazetteer")
                .then().statusCode(200)
                .body("loaded", equalTo(true))
                .body("postcodes", equalTo(4064))
                .body("configuredSource", equalTo("BUNDLED"))
                .body("configuredPath", nullValue())
                .body("problem", nullValue())
                .body("sourceKind", equalTo("BUNDLED"))
                .body("source", equalTo("classpath:gazetteer/nl-pc4.tsv.gz"))
                .body("version", equalTo("geonames-nl-2017-02cc12a"))
                .body("checksum", equalTo(checksum))
                .body("attribution", containsString("Derived from the GeoNames postal code export for the Netherlands"))
                .body("attribution", containsString("CC BY 4.0"))
                .extract().path("loadedAt");

        // unchanged data is not imported again
        given().auth().oauth2(OPS).when().post("/api/gazetteer/reload")
                .then().statusCode(200).body("loadedAt", equalTo(loadedAt)).body("checksum", equalTo(checksum));
    }

    @Test
    void isReadyWhenTheGazetteerIsLoaded() {
        given().when().get("/q/health/ready")
                .then().body("checks.find { it.name == 'gazetteer' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'gazetteer' }.data.configuredSource", equalTo("BUNDLED"))
                .body("checks.find { it.name == 'gazetteer' }.data.postcodes", equalTo(4064))
                .body("checks.find { it.name == 'gazetteer' }.data.version", equalTo("geonames-nl-2017-02cc12a"));
    }

    @Test
    void opsMayForceAReloadOthersMayNot() {
        given().auth().oauth2(OPS).queryParam("force", true).when().post("/api/gazetteer/reload")
                .then().statusCode(200)
                .body("postcodes", equalTo(4064))
                .body("sourceKind", equalTo("BUNDLED"))
                .body("loadedBy", equalTo("olaf@totalservice.nl"));
        given().auth().oauth2(SALES).when().post("/api/gazetteer/reload").then().statusCode(403);
    }
}
