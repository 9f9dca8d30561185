package nl.totalservice.onboarding.partner;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;
import nl.totalservice.onboarding.partner.support.KafkaClients;
import nl.totalservice.onboarding.partner.support.LeadEventsFixture;
import nl.totalservice.onboarding.partner.support.TestPartners;
import nl.totalservice.onboarding.platform.testing.jwt.DevTokens;
import nl.totalservice.onboarding.platform.testing.kafka.RecordedEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.jar.JarFile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The packaged service ({@code java -jar target/quarkus-app/quarkus-run.jar}, prod profile) with no
 * gazetteer configured, as a bare clone runs it: it places partners and leads with the gazetteer
 * it carries, and region decides.
 */
@QuarkusIntegrationTest
class PackagedServiceIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String OPS = DevTokens.ops("olaf@totalservice.nl");
    private static final String COORDINATOR = TestPartners.COORDINATOR;

    @RegisterExtension
    static final KafkaClients kafka = new KafkaClients();

    @Test
    void placesPartnersAndALeadInGroningenWithTheBundledGazetteerAndRegionDecides() {
        await().atMost(WAIT).untilAsserted(() -> given().when().get("/q/health/ready").then()
                .body("checks.find { it.name == 'gazetteer' }.status", equalTo("UP")));
        given().auth().oauth2(OPS).when().get("/api/gazetteer")
                .then().statusCode(200)
                .body("configuredSource", equalTo("BUNDLED"))
                .body("sourceKind", equalTo("BUNDLED"))
                .body("postcodes", equalTo(4064));

        JsonPath groningen = register("Noorderlicht Accountants", "9711 LM", "Groningen");
        JsonPath maastricht = register("Maasvallei Boekhouding", "6211 LE", "Maastricht");
        JsonPath utrecht = register("Domstad Cijfers", "3511 AA", "Utrecht");
        assertThat(groningen.getDouble("location.latitude")).isCloseTo(53.2166, within(1e-4));
        assertThat(maastricht.getDouble("location.latitude")).isCloseTo(50.85, within(0.05));
        assertThat(utrecht.getDouble("location.latitude")).isCloseTo(52.09, within(0.05));
        UUID lead = UUID.randomUUID();

        kafka.leadEvent(lead, "LeadInterestRecorded", LeadEventsFixture.interested(lead, 1, "9712 AB", null));

        RecordedEvent matched = kafka.partnerEvents().awaitType("PartnerMatched", lead.toString(), WAIT);
        assertThat(matched.field("rule")).isEqualTo("REGION");
        assertThat(matched.field("partnerId")).isEqualTo(groningen.getString("id"));
        JsonPath decision = given().auth().oauth2(COORDINATOR).when().get("/api/leads/{lead}/decisions", lead)
                .then().statusCode(200).extract().jsonPath();
        assertThat(decision.getString("[0].inputs.location.basis")).isEqualTo("PC4_CENTROID");
        assertThat(decision.getDouble("[0].candidates[0].distanceKm")).isLessThan(5);
    }

    @Test
    void theJarCarriesTheGeoNamesNotice() throws IOException {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of("target/quarkus-app/app"), "*.jar")) {
            Path jar = jars.iterator().next();
            try (JarFile file = new JarFile(jar.toFile())) {
                assertThat(new String(file.getInputStream(file.getEntry("META-INF/NOTICE")).readAllBytes()))
                        .contains("GeoNames", "CC BY 4.0");
                assertThat(file.getEntry("gazetteer/nl-pc4.tsv.gz")).isNotNull();
            }
        }
    }

    private static JsonPath register(String name, String postcode, String city) {
        return given().auth().oauth2(COORDINATOR).contentType("application/json")
                .body(TestPartners.body(name, postcode, city))
                .when().post("/api/partners")
                .then().statusCode(201)
                .body("locationSource", equalTo("GAZETTEER"))
                .extract().jsonPath();
    }
}
