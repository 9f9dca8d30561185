package nl.totalservice.onboarding.platform.web.database;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@QuarkusTestResource(value = RestartablePostgres.class, restrictToAnnotatedClass = false)
class DatabaseUnavailableResponseTest {

    @AfterEach
    void databaseRunsAgain() {
        RestartablePostgres.ensureRunning();
    }

    @Test
    void answers503WithRetryAfterWhileTheDatabaseIsDownAndServesAgainOnceItIsBack() {
        assertThat(create("before").statusCode()).isEqualTo(200);
        assertThat(count().statusCode()).as("a pooled connection, soon to be cut").isEqualTo(200);

        RestartablePostgres.stopServer();

        // first the pooled connections the shutdown cut, then connections refused: each a 503 that asks to come back
        for (Response refused : new Response[] {count(), create("during"), count(), create("during")}) {
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.header("Retry-After")).isEqualTo("5");
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.jsonPath().getString("type"))
                    .isEqualTo("https://onboarding.totalservice.nl/problems/database-unavailable");
            assertThat(refused.jsonPath().getInt("status")).isEqualTo(503);
            assertThat(refused.jsonPath().getString("detail")).contains("cannot reach its database");
            assertThat(refused.jsonPath().getString("errorId")).isNull();
        }

        RestartablePostgres.startAgain();

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(create("after").statusCode()).isEqualTo(200));
        assertThat(countOf("during")).as("a 503 wrote nothing").isZero();
        assertThat(countOf("before")).isEqualTo(1);
        assertThat(countOf("after")).isEqualTo(1);
    }

    @Test
    void answers503WhenTheDatabaseGoesAwayBetweenTheWriteAndTheCommit() throws Exception {
        HeldCommit.reset();
        CompletableFuture<Response> held = CompletableFuture.supplyAsync(() -> given().contentType(ContentType.JSON)
                .body("{\"name\":\"held\"}").when().post("/api/probe/records/held").andReturn());
        assertThat(HeldCommit.awaitWritten()).as("the request wrote its row").isTrue();

        RestartablePostgres.stopServer();
        HeldCommit.release();

        Response refused = held.get(60, TimeUnit.SECONDS);
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.header("Retry-After")).isEqualTo("5");
        assertThat(refused.jsonPath().getString("type"))
                .isEqualTo("https://onboarding.totalservice.nl/problems/database-unavailable");

        RestartablePostgres.startAgain();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(count().statusCode()).isEqualTo(200));
        assertThat(countOf("held")).as("the commit never happened").isZero();
    }

    private static Response count() {
        return given().when().get("/api/probe/records").andReturn();
    }

    private static Response create(String name) {
        return given().contentType(ContentType.JSON).body("{\"name\":\"" + name + "\"}")
                .when().post("/api/probe/records").andReturn();
    }

    private static long countOf(String name) {
        Response counted = given().queryParam("name", name).when().get("/api/probe/records").andReturn();
        assertThat(counted.statusCode()).isEqualTo(200);
        return counted.jsonPath().getLong("count");
    }
}
