package nl.totalservice.onboarding.partner;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import nl.totalservice.onboarding.partner.support.LeadEventsFixture;
import nl.totalservice.onboarding.partner.support.TestPartners;
import nl.totalservice.onboarding.platform.testing.infra.FreePorts;
import nl.totalservice.onboarding.platform.testing.infra.KafkaBroker;
import nl.totalservice.onboarding.platform.testing.infra.PackagedService;
import nl.totalservice.onboarding.platform.testing.infra.PostgresServer;
import nl.totalservice.onboarding.platform.testing.infra.SharedInfrastructure;
import nl.totalservice.onboarding.platform.testing.jwt.DevTokens;
import nl.totalservice.onboarding.platform.testing.kafka.EventSender;
import nl.totalservice.onboarding.platform.testing.kafka.RecordedEvent;
import nl.totalservice.onboarding.platform.testing.kafka.TopicRecorder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged service against a broker that requires SASL/PLAIN: every Kafka client of the service
 * (consumers, outbox relay, readiness) takes the same {@code KAFKA_*} settings. With a wrong password
 * it is not ready and its log says why, while what it writes waits in the outbox; started again with
 * the right one, that event is published and events flow through it both ways.
 */
class KafkaSecurityIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final Duration START = Duration.ofSeconds(90);
    private static final String SERVICE_USER = "partner-service";
    private static final String SERVICE_PASSWORD = "partner-secret";
    private static final String TEST_USER = "test";
    private static final String TEST_PASSWORD = "test-secret";

    private static KafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = KafkaBroker.startForTestsWithSasl(Map.of(SERVICE_USER, SERVICE_PASSWORD, TEST_USER, TEST_PASSWORD));
        SharedInfrastructure.postgres().createDatabase("partners_sasl");
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void keepsEventsInTheOutboxUntilItMayConnectThenPublishesThemAndConsumes() {
        Map<String, String> testClient = KafkaBroker.saslClientSettings(TEST_USER, TEST_PASSWORD);
        UUID partner;
        try (PackagedService service = PackagedService.start(JAR, environment(port(), "not-the-password"))) {
            String base = awaitStarted(service);
            await().atMost(START).untilAsserted(() -> assertThat(service.lines())
                    .anyMatch(line -> line.contains("failed authentication") && line.contains("Invalid username or password")));
            await().atMost(START).untilAsserted(() -> {
                Response ready = given().baseUri(base).when().get("/q/health/ready");
                assertThat(ready.statusCode()).isEqualTo(503);
                assertThat(ready.jsonPath().getString("checks.find { it.name == 'Kafka connection health check' }.status"))
                        .isEqualTo("DOWN");
            });
            partner = UUID.fromString(given().baseUri(base).auth().oauth2(TestPartners.COORDINATOR)
                    .contentType(ContentType.JSON).body(TestPartners.body("Noorderlicht Accountants", "9711 LM", "Groningen"))
                    .when().post("/api/partners")
                    .then().statusCode(201).extract().path("id"));
            await().atMost(START).untilAsserted(() -> assertThat(given().baseUri(base).when().get("/q/health/live")
                    .jsonPath().getInt("checks.find { it.name == 'outbox-relay' }.data.backlog")).isGreaterThanOrEqualTo(1));
        }

        try (TopicRecorder partnerEvents = TopicRecorder.record(broker.bootstrapServers(), testClient, "partner-events");
             EventSender sender = new EventSender(broker.bootstrapServers(), testClient);
             PackagedService service = PackagedService.start(JAR, environment(port(), SERVICE_PASSWORD))) {
            String base = awaitStarted(service);
            RecordedEvent registered = partnerEvents.await(event -> "PartnerRegistered".equals(event.type())
                    && partner.toString().equals(event.key()), START);
            assertThat(registered.value()).contains("Noorderlicht Accountants");
            await().atMost(START).untilAsserted(() ->
                    given().baseUri(base).when().get("/q/health/ready").then().statusCode(200));

            UUID lead = UUID.randomUUID();
            sender.send("lead-events", lead.toString(), "LeadInterestRecorded",
                    LeadEventsFixture.interested(lead, 1, "9712 AB", null));
            RecordedEvent matched = partnerEvents.awaitType("PartnerMatched", lead.toString(), START);
            assertThat(matched.field("partnerId")).isEqualTo(partner.toString());
        }
    }

    private static String awaitStarted(PackagedService service) {
        String port = service.environment("QUARKUS_HTTP_PORT");
        String base = "http://127.0.0.1:" + port;
        await().atMost(START).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(service.isAlive()).as("running; log: %s", service.lines()).isTrue();
            assertThat(service.lines()).anyMatch(line -> line.contains("Listening on"));
        });
        return base;
    }

    private static int port() {
        return FreePorts.find();
    }

    private static Map<String, String> environment(int port, String password) {
        PostgresServer postgres = SharedInfrastructure.postgres();
        Map<String, String> environment = new HashMap<>();
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl("partners_sasl"));
        environment.put("QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER);
        environment.put("QUARKUS_DATASOURCE_PASSWORD", PostgresServer.PASSWORD);
        environment.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", DevTokens.PUBLIC_KEY_LOCATION);
        environment.put("MP_JWT_VERIFY_ISSUER", DevTokens.ISSUER);
        environment.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
        KafkaBroker.saslClientSettings(SERVICE_USER, password).forEach((key, value) ->
                environment.put("KAFKA_" + key.toUpperCase().replace('.', '_'), value));
        environment.put("MESSAGING_OUTBOX_MAX_BACKOFF", "2s");
        return environment;
    }
}
