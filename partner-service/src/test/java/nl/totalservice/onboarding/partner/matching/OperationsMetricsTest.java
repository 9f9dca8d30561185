package nl.totalservice.onboarding.partner.matching;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.totalservice.onboarding.partner.Topics;
import nl.totalservice.onboarding.partner.matching.inbound.LeadEventsConsumer;
import nl.totalservice.onboarding.partner.support.KafkaClients;
import nl.totalservice.onboarding.partner.support.LeadEventsFixture;
import nl.totalservice.onboarding.partner.support.TestPartners;
import nl.totalservice.onboarding.partner.support.TestWorld;
import nl.totalservice.onboarding.platform.testing.metrics.ScrapedMetrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The metrics ops alert on (docs/runbook.md, "Metrics and alerts"), read from /q/metrics after a
 * real flow over Kafka and PostgreSQL: decisions per rule, the outbox, the inbox, dead letters and
 * consumer lag.
 */
@QuarkusTest
class OperationsMetricsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Map<String, String> WISH_ON_INTEREST = Map.of("rule", "CUSTOMER_WISH", "outcome", "MATCHED",
            "trigger", "INTEREST_RECORDED");

    @RegisterExtension
    static final KafkaClients kafka = new KafkaClients();

    @Inject
    TestWorld world;

    @Test
    void countsEachStoredDecisionByItsRuleOutcomeAndTrigger() {
        UUID groningen = TestPartners.register("Metriek Noord", "9711 AA", "Groningen");
        UUID maastricht = TestPartners.register("Metriek Zuid", "6211 AA", "Maastricht");
        world.onlyActive(Set.of(groningen, maastricht));
        double before = scrape().value("matching_decisions_total", WISH_ON_INTEREST).orElse(0.0);
        UUID lead = UUID.randomUUID();

        kafka.leadEvent(lead, "LeadInterestRecorded", LeadEventsFixture.interested(lead, 1, "9712 AB", maastricht));
        kafka.partnerEvents().awaitType("PartnerMatched", lead.toString(), WAIT);

        await().atMost(WAIT).untilAsserted(() -> assertThat(scrape().value("matching_decisions_total", WISH_ON_INTEREST))
                .contains(before + 1));
    }

    @Test
    void showsOutboxInboxLagAndDeadLetterMetricsAfterAFlow() {
        UUID partner = TestPartners.register("Metriek Midden", "3511 AA", "Utrecht");
        world.onlyActive(Set.of(partner));
        UUID lead = UUID.randomUUID();
        kafka.leadEvent(lead, "LeadInterestRecorded", LeadEventsFixture.interested(lead, 1, "3512 AB", null));
        kafka.partnerEvents().awaitType("PartnerMatched", lead.toString(), WAIT);
        double deadBefore = scrape().value("inbox_events_dead_lettered_total", Map.of("topic", Topics.LEAD_EVENTS))
                .orElse(0.0);

        kafka.leadEvent(UUID.randomUUID(), "LeadInterestRecorded", "{not json");

        await().atMost(WAIT).untilAsserted(() -> assertThat(scrape().value("inbox_events_dead_lettered_total",
                Map.of("consumer", LeadEventsConsumer.CONSUMER, "topic", Topics.LEAD_EVENTS))).contains(deadBefore + 1));
        await().atMost(WAIT).untilAsserted(() -> assertThat(scrape().value("outbox_backlog")).contains(0.0));
        ScrapedMetrics metrics = scrape();
        assertThat(metrics.value("outbox_oldest_unpublished_age_seconds")).contains(0.0);
        assertThat(metrics.value("outbox_events_published_total")).hasValueSatisfying(n -> assertThat(n).isGreaterThanOrEqualTo(1));
        assertThat(metrics.value("inbox_events_handled_total",
                Map.of("consumer", LeadEventsConsumer.CONSUMER, "type", "LeadInterestRecorded")))
                .hasValueSatisfying(n -> assertThat(n).isGreaterThanOrEqualTo(1));
        assertThat(metrics.all("kafka_consumer_fetch_manager_records_lag_max"))
                .anySatisfy(sample -> assertThat(sample.value()).isGreaterThanOrEqualTo(0));
        // Micrometer's Kafka binder picks up per-partition meters when it refreshes (every 60 s)
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(scrape().all(
                "kafka_consumer_fetch_manager_records_lag", Map.of("topic", Topics.LEAD_EVENTS)))
                .isNotEmpty()
                .allSatisfy(sample -> assertThat(sample.value()).isGreaterThanOrEqualTo(0)));
    }

    private static ScrapedMetrics scrape() {
        return ScrapedMetrics.parse(given().when().get("/q/metrics").then().statusCode(200).extract().asString());
    }
}
