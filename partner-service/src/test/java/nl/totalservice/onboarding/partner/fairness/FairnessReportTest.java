package nl.totalservice.onboarding.partner.fairness;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.totalservice.onboarding.partner.Topics;
import nl.totalservice.onboarding.partner.support.LeadEventsFixture;
import nl.totalservice.onboarding.partner.support.TestPartners;
import nl.totalservice.onboarding.partner.support.TestWorld;
import nl.totalservice.onboarding.platform.testing.infra.SharedInfrastructure;
import nl.totalservice.onboarding.platform.testing.jwt.DevTokens;
import nl.totalservice.onboarding.platform.testing.kafka.EventSender;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.totalservice.onboarding.partner.support.TestPartners.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class FairnessReportTest {

    @Inject
    TestWorld world;

    @Test
    void showsCustomersAndAssignmentsPerPartnerAndTheShareOfEachRule() {
        var body = TestPartners.body("Eerlijk Accountants", "9711 AA", "Groningen");
        body.put("capacity", 4);
        body.put("activeCustomers", 1);
        UUID groningen = TestPartners.register(body);
        UUID maastricht = TestPartners.register("Eerlijk Zuid", "6211 AA", "Maastricht");
        world.onlyActive(Set.of(groningen, maastricht));
        UUID lead = UUID.randomUUID();
        try (EventSender sender = new EventSender(SharedInfrastructure.kafka().bootstrapServers())) {
            sender.send(Topics.LEAD_EVENTS, lead.toString(), "LeadInterestRecorded",
                    LeadEventsFixture.interested(lead, 1, "9712 AB", null));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> world.decisionsOf(lead) == 1);

        given().auth().oauth2(COORDINATOR).when().get("/api/reports/fairness")
                .then().statusCode(200)
                .body("generatedAt", notNullValue())
                .body("windows.days", org.hamcrest.Matchers.contains(30, 90))
                .body("windows[0].byRule.REGION.decisions", greaterThanOrEqualTo(1))
                .body("windows[0].decisions", greaterThanOrEqualTo(1))
                .body(line(groningen) + ".activeCustomers", equalTo(1))
                .body(line(groningen) + ".openAssignments", equalTo(1))
                .body(line(groningen) + ".loadPercent", equalTo(50.0f))
                .body(line(groningen) + ".assignedLast30Days", equalTo(1))
                .body(line(groningen) + ".assignedLast90Days", equalTo(1))
                .body(line(groningen) + ".lastAssignedAt", notNullValue())
                .body(line(groningen) + ".wonLast90DaysByRule.REGION", equalTo(1))
                .body(line(maastricht) + ".assignedLast30Days", equalTo(0));
        // each rule's share is its part of the matched decisions (other tests' decisions share the database)
        io.restassured.path.json.JsonPath window = given().auth().oauth2(COORDINATOR).when().get("/api/reports/fairness")
                .then().statusCode(200).extract().jsonPath().setRootPath("windows[0]");
        long matched = window.getLong("decisions") - window.getLong("noPartnerAvailable");
        double total = 0;
        for (String rule : List.of("CUSTOMER_WISH", "REGION", "DISTRIBUTION")) {
            long decided = window.getLong("byRule." + rule + ".decisions");
            double percent = window.getDouble("byRule." + rule + ".percent");
            assertThat(percent).isCloseTo(100.0 * decided / matched, within(0.05));
            total += percent;
        }
        assertThat(total).isCloseTo(100.0, within(0.2));
        given().auth().oauth2(DevTokens.sales("sanne@totalservice.nl")).when().get("/api/reports/fairness")
                .then().statusCode(403);
    }

    private static String line(UUID partner) {
        return "partners.find { it.partnerId == '" + partner + "' }";
    }
}
