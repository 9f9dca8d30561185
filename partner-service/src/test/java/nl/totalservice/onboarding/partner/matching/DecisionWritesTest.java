package nl.totalservice.onboarding.partner.matching;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.totalservice.onboarding.partner.support.TestPartners;
import nl.totalservice.onboarding.partner.support.TestWorld;
import nl.totalservice.onboarding.platform.testing.sql.SqlLog;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a decision writes of its lead: the lead is new (its interest arrived), and the native statements
 * that follow (the lock, the partners, their loads) name their tables, so Hibernate writes the lead
 * once, at the end, instead of once more before each of them.
 */
@QuarkusTest
class DecisionWritesTest {

    @Inject
    TestWorld world;

    @Inject
    LeadRouting routing;

    @Test
    void anInterestThatLeadsToADecisionWritesItsNewLeadOnce() {
        UUID partner = TestPartners.register("Eenmalig Schrijvers", "9711 AA", "Groningen");
        world.onlyActive(Set.of(partner));
        UUID lead = UUID.randomUUID();

        SqlLog.Recorded<Object> recorded = QuarkusTransaction.requiringNew().call(() -> SqlLog.record(() -> {
            routing.interestRecorded(new InterestRevision(lead, 1, true, "Schrijfwerk BV", "9712 AB", "9712", null,
                    null, null, null, null, null));
            return null;
        }));

        assertThat(recorded.touching("match_decision")).as("the decision was made").hasSize(1);
        assertThat(recorded.touching("routed_lead")).as("statements on the lead")
                .filteredOn(sql -> !sql.startsWith("select")).singleElement()
                .satisfies(sql -> assertThat(sql).startsWith("insert into routed_lead"));
        // written once, with what the decision made of it
        assertThat(world.partnerOf(lead)).isEqualTo(partner);
        assertThat(world.statusOf(lead)).containsExactly("MATCHED");
    }
}
