package nl.totalservice.onboarding.partner.matching;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import nl.totalservice.onboarding.partner.support.KafkaClients;
import nl.totalservice.onboarding.partner.support.LeadEventsFixture;
import nl.totalservice.onboarding.partner.support.TestPartners;
import nl.totalservice.onboarding.partner.support.TestWorld;
import nl.totalservice.onboarding.platform.testing.kafka.RecordedEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.totalservice.onboarding.partner.support.TestPartners.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A decision among many partners: its event lists the first ten of the decision's candidates and
 * the wished partner, and counts the others; the stored decision keeps the whole listing.
 */
@QuarkusTest
class DecisionEventSizeTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final int EVENT_LIMIT = 10;

    @RegisterExtension
    static final KafkaClients kafka = new KafkaClients();

    @Inject
    TestWorld world;

    @Test
    void theEventListsTheNearestTenAndTheWishedPartnerAndTheDecisionKeepsALongerListing() {
        Set<UUID> active = new HashSet<>();
        for (int i = 0; i < 14; i++) {
            active.add(TestPartners.register("Domtoren " + i + " Accountants", "3511 AA", "Utrecht"));
        }
        UUID wished = TestPartners.atCapacity("Vrijthof Vol Accountants", "6211 AA", "Maastricht");
        active.add(wished);
        world.onlyActive(active);
        UUID lead = UUID.randomUUID();

        kafka.leadEvent(lead, "LeadInterestRecorded", LeadEventsFixture.interested(lead, 1, "3512 AB", wished));

        RecordedEvent matched = kafka.partnerEvents().awaitType("PartnerMatched", lead.toString(), WAIT);
        List<String> listed = matched.json().path("candidates").findValuesAsText("partnerId");
        assertThat(listed).hasSize(EVENT_LIMIT);
        assertThat(listed.get(EVENT_LIMIT - 1)).isEqualTo(wished.toString());
        assertThat(listed.subList(0, EVENT_LIMIT - 1)).allSatisfy(id -> assertThat(active).contains(UUID.fromString(id)));
        int eventOmitted = matched.json().path("candidatesOmitted").asInt();

        JsonPath decision = given().auth().oauth2(COORDINATOR)
                .when().get("/api/decisions/" + matched.field("decisionId"))
                .then().statusCode(200).extract().jsonPath();
        List<String> stored = decision.getList("candidates.partnerId");
        assertThat(stored).hasSizeGreaterThan(EVENT_LIMIT).contains(wished.toString())
                .startsWith(listed.subList(0, EVENT_LIMIT - 1).toArray(String[]::new));
        assertThat(stored.size() + decision.getInt("candidatesOmitted")).isEqualTo(EVENT_LIMIT + eventOmitted);
        assertThat(matched.value().length()).isLessThan(12_000);
    }
}
