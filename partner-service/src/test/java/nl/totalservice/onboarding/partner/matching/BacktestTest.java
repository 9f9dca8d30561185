package nl.totalservice.onboarding.partner.matching;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import nl.totalservice.onboarding.partner.support.KafkaClients;
import nl.totalservice.onboarding.partner.support.LeadEventsFixture;
import nl.totalservice.onboarding.partner.support.TestPartners;
import nl.totalservice.onboarding.partner.support.TestWorld;
import nl.totalservice.onboarding.platform.testing.jwt.DevTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.totalservice.onboarding.partner.support.TestPartners.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** The routing backtest replays stored decisions under a proposed policy and changes nothing. */
@QuarkusTest
class BacktestTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final List<String> TABLES = List.of("match_decision", "routed_lead", "partner_assignment",
            "messaging_outbox", "partner");

    @RegisterExtension
    static final KafkaClients kafka = new KafkaClients();

    @Inject
    TestWorld world;

    @Test
    void aWiderDefaultRadiusIsReportedToSendAmsterdamCustomersToGroningenAndNothingStoredChanges() {
        UUID domstad = partner("Domstad Proef", "3511 AA", "Utrecht", 3);
        UUID uithof = partner("Uithof Proef", "3581 AA", "Utrecht", 3);
        UUID martini = partner("Martini Proef", "9711 AA", "Groningen", 0);
        world.onlyActive(Set.of(domstad, uithof, martini));
        Instant from = Instant.now().minusMillis(1);
        List<UUID> leads = List.of(UUID.randomUUID(), UUID.randomUUID());
        for (UUID lead : leads) {
            kafka.leadEvent(lead, "LeadInterestRecorded", LeadEventsFixture.interested(lead, 1, "1012 AB", null));
        }
        await().atMost(WAIT).until(() -> leads.stream().allMatch(lead -> world.decisionsOf(lead) == 1));
        Instant to = Instant.now().plusSeconds(1);
        Map<String, Long> rowsBefore = rows();
        long versionsBefore = world.partnerVersions();

        Map<String, Object> request = Map.of("from", from.toString(), "to", to.toString(),
                "policy", Map.of("defaultRadiusKm", 200));
        JsonPath report = backtest(request);
        JsonPath again = backtest(request);

        assertThat(report.getInt("decisions")).isEqualTo(2);
        assertThat(report.getDouble("livePolicy.defaultRadiusKm")).isEqualTo(40.0);
        assertThat(report.getDouble("proposedPolicy.defaultRadiusKm")).isEqualTo(200.0);
        assertThat(report.getList("proposedPolicy.wideningKm", Float.class)).containsExactly(60f, 100f, 150f);
        assertThat(report.getInt("liveAgreesWithStored")).isEqualTo(2);
        assertThat(report.getInt("changed")).isEqualTo(2);
        assertThat(report.getDouble("changedPercent")).isEqualTo(100.0);
        assertThat(report.getString("examples[0].live.partnerName")).isIn("Domstad Proef", "Uithof Proef");
        assertThat(report.getString("examples[0].proposed.partnerName")).isEqualTo("Martini Proef");
        assertThat(report.getString("examples[0].proposed.rule")).isEqualTo("DISTRIBUTION");
        assertThat(report.getString("examples[0].proposed.explanation")).contains("lowest load of the 3 partners");
        assertThat(report.getDouble("live.kmAverage")).isBetween(34.0, 36.0);
        assertThat(report.getDouble("proposed.kmAverage")).isBetween(140.0, 150.0);
        assertThat(report.getDouble("proposed.kmP95")).isBetween(140.0, 150.0);
        assertThat(report.getInt("live.byRule.DISTRIBUTION.decisions")).isEqualTo(2);
        assertThat(report.getDouble("live.byRule.DISTRIBUTION.percent")).isEqualTo(100.0);
        assertThat(report.getInt("live.spread.activePartners")).isEqualTo(3);
        assertThat(report.getInt("live.spread.partnersWithNone")).isEqualTo(1);
        assertThat(report.getInt("proposed.spread.maxAssignments")).isEqualTo(2);
        assertThat(report.getInt("proposed.spread.partnersWithNone")).isEqualTo(2);
        assertThat(report.getString("replay")).contains("oldest first", "current customers and open assignments");
        assertThat(again.getMap("")).usingRecursiveComparison().ignoringFields("generatedAt")
                .isEqualTo(report.getMap(""));
        assertThat(rows()).isEqualTo(rowsBefore);
        assertThat(world.partnerVersions()).isEqualTo(versionsBefore);

        given().auth().oauth2(COORDINATOR).when().get("/api/reports/fairness")
                .then().statusCode(200)
                .body("windows[0].routing.kmAverage", notNullValue())
                .body("windows[0].routing.kmP95", notNullValue())
                .body("windows[0].routing.spread.activePartners", equalTo(3))
                .body("windows[0].routing.byRule.DISTRIBUTION.decisions", notNullValue());
    }

    @Test
    void refusesAnUnboundedOrContradictorySelectionAndABadPolicy() {
        refused(Map.of("last", 0), "last");
        refused(Map.of("last", 10_001), "last");
        refused(Map.of("last", 10, "from", "2026-06-01T00:00:00Z", "to", "2026-07-01T00:00:00Z"), "last");
        refused(Map.of("from", "2026-06-01T00:00:00Z"), "to");
        refused(Map.of("from", "2026-07-01T00:00:00Z", "to", "2026-06-01T00:00:00Z"), "to");
        refused(Map.of("policy", Map.of("wideningKm", List.of(100, 60))), "policy.wideningKm");
        refused(Map.of("policy", Map.of("relativeMarginPercent", 150)), "policy.relativeMarginPercent");
        given().auth().oauth2(DevTokens.sales("sanne.devries@totalservice.nl")).contentType(ContentType.JSON)
                .body(Map.of()).when().post("/api/matching/backtest").then().statusCode(403);
    }

    private static void refused(Map<String, Object> body, String field) {
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(body)
                .when().post("/api/matching/backtest")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }

    private static JsonPath backtest(Map<String, Object> body) {
        return given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(body)
                .when().post("/api/matching/backtest")
                .then().statusCode(200).extract().jsonPath();
    }

    private Map<String, Long> rows() {
        Map<String, Long> rows = new java.util.TreeMap<>();
        TABLES.forEach(table -> rows.put(table, world.rows(table)));
        return rows;
    }

    private static UUID partner(String name, String postcode, String city, int customers) {
        Map<String, Object> body = TestPartners.body(name, postcode, city);
        body.put("activeCustomers", customers);
        return TestPartners.register(body);
    }
}
