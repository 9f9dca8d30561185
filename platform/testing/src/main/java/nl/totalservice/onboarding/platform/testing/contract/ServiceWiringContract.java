package nl.totalservice.onboarding.platform.testing.contract;

import nl.totalservice.onboarding.platform.testing.jwt.DevTokens;
import nl.totalservice.onboarding.platform.testing.metrics.ScrapedMetrics;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

/**
 * What every service must wire up, checked against the running service (extend it in a
 * {@code @QuarkusTest}): health that reflects PostgreSQL and Kafka, the outbox relay alive, an
 * OpenAPI document with title/description/version, Swagger UI, Prometheus metrics, bearer JWT.
 */
public abstract class ServiceWiringContract {

    /** The OpenAPI title the service declares. */
    protected abstract String expectedApiTitle();

    @Test
    void isReadyWhenPostgresAndKafkaAreUp() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.name", hasItem("Kafka connection health check"))
                .body("checks.find { it.name == 'Kafka connection health check' }.status", equalTo("UP"));
    }

    @Test
    void isAliveWithItsOutboxRelayRunning() {
        given().when().get("/q/health/live")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'outbox-relay' }.status", equalTo("UP"));
    }

    @Test
    void describesItsApiInOpenApi() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("info.title", equalTo(expectedApiTitle()))
                .body("info.description", not(emptyOrNullString()))
                .body("info.version", not(emptyOrNullString()))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"));
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200);
    }

    @Test
    void exposesPrometheusMetricsIncludingTheOutboxBacklog() {
        given().auth().oauth2(DevTokens.ops("olaf@totalservice.nl")).when().get("/api/me").then().statusCode(200);
        ScrapedMetrics metrics = ScrapedMetrics.parse(given().when().get("/q/metrics")
                .then().statusCode(200).extract().asString());
        Assertions.assertTrue(metrics.value("outbox_backlog").isPresent(), "outbox_backlog is not in /q/metrics");
        Assertions.assertFalse(metrics.all("http_server_requests_seconds_count",
                Map.of("method", "GET", "uri", "/api/me")).isEmpty(), "GET /api/me is not counted in /q/metrics");
    }

    @Test
    void readsTheCallerFromABearerToken() {
        given().auth().oauth2(DevTokens.coordinator("carla@totalservice.nl"))
                .when().get("/api/me")
                .then().statusCode(200)
                .body("user", equalTo("carla@totalservice.nl"))
                .body("roles", hasItem("coordinator"));
        given().when().get("/api/me")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }
}
