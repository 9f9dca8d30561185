package nl.totalservice.onboarding.partner.erasure;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.totalservice.onboarding.partner.support.KafkaClients;
import nl.totalservice.onboarding.partner.support.LeadEventsFixture;
import nl.totalservice.onboarding.partner.support.TestPartners;
import nl.totalservice.onboarding.partner.support.TestWorld;
import nl.totalservice.onboarding.platform.testing.kafka.RecordedEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** LeadErased: the routing input and the decisions' stored inputs lose the customer's data; confirmed on partner-events. */
@QuarkusTest
class LeadErasureTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @RegisterExtension
    static final KafkaClients kafka = new KafkaClients();

    @Inject
    TestWorld world;

    @Inject
    EntityManager em;

    @Test
    void erasesTheRoutingInputAndTheDecisionsInputsAndConfirmsWithLeadDataErased() {
        UUID partner = TestPartners.register("Wis Accountants", "9711 AA", "Groningen");
        UUID lead = UUID.randomUUID();
        kafka.leadEvent(lead, "LeadInterestRecorded", LeadEventsFixture.interested(lead, 1, "9712 CP", partner));
        kafka.partnerEvents().awaitType("PartnerMatched", lead.toString(), WAIT);
        assertThat(routedLead(lead)).containsExactly("Bakkerij De Korenschoof", "9712 CP", "9712", "Knows them");

        kafka.leadEvent(lead, "LeadRegistered", "{\"leadId\":\"" + lead + "\",\"companyName\":\"not read here\"}");
        kafka.leadEvent(lead, "LeadErased", "{\"eventId\":\"" + UUID.randomUUID() + "\",\"occurredAt\":\""
                + Instant.now() + "\",\"leadId\":\"" + lead + "\",\"requestedBy\":\"sanne@totalservice.nl\"}");

        RecordedEvent confirmed = kafka.partnerEvents().awaitType("LeadDataErased", lead.toString(), WAIT);
        assertThat(confirmed.field("service")).isEqualTo("partner-service");
        assertThat(confirmed.field("decisions")).isEqualTo("1");
        List<Object> kept = routedLead(lead);
        assertThat(kept.get(0)).isNull();
        assertThat(kept.get(1)).isNull();
        assertThat(kept.get(2)).isEqualTo("9712");
        assertThat(kept.get(3)).isNull();
        assertThat(world.statusOf(lead)).containsExactly("MATCHED");
        String detail = decisionDetail(lead);
        assertThat(detail).doesNotContain("Korenschoof", "9712 CP", "Knows them").contains("\"pc4\": \"9712\"");
    }

    @Test
    void confirmsAlsoForALeadItNeverRouted() {
        UUID lead = UUID.randomUUID();
        String eventId = kafka.leadEvent(lead, "LeadErased", "{\"leadId\":\"" + lead + "\"}");

        await().atMost(WAIT).until(() -> world.handled(eventId));
        assertThat(kafka.partnerEvents().awaitType("LeadDataErased", lead.toString(), WAIT).field("decisions"))
                .isEqualTo("0");
    }

    private List<Object> routedLead(UUID lead) {
        return QuarkusTransaction.requiringNew().call(() -> Arrays.asList((Object[]) em.createNativeQuery(
                "select company_name, postcode, pc4, wish_note from routed_lead where lead_id = :lead")
                .setParameter("lead", lead).getSingleResult()));
    }

    private String decisionDetail(UUID lead) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select detail::text from match_decision where lead_id = :lead")
                .setParameter("lead", lead).getSingleResult());
    }
}
