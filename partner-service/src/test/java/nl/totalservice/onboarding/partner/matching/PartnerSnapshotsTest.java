package nl.totalservice.onboarding.partner.matching;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.totalservice.onboarding.partner.matching.engine.PartnerSnapshot;
import nl.totalservice.onboarding.partner.support.TestPartners;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partners a decision reads, from the real database: every partner with its service area, load
 * and the day's unavailability, read as values, so that the decision's transaction does not
 * dirty-check a managed entity per partner at every flush.
 */
@QuarkusTest
class PartnerSnapshotsTest {

    @Inject
    PartnerSnapshots snapshots;

    @Inject
    EntityManager em;

    @Test
    void readsEveryPartnerWithItsAreaAndAvailabilityWithoutManagingAnEntity() {
        UUID domstad = TestPartners.register("Domstad Cijfers", "3511 AA", "Utrecht");
        UUID away = TestPartners.onHoliday("Vakantie Cijfers", "9711 AA", "Groningen");

        Read read = QuarkusTransaction.requiringNew().call(() -> {
            List<PartnerSnapshot> all = snapshots.load(null, LocalDate.now());
            return new Read(all, em.unwrap(Session.class).getStatistics().getEntityCount());
        });

        assertThat(read.managedEntities()).isZero();
        PartnerSnapshot utrecht = read.find(domstad);
        assertThat(utrecht.name()).isEqualTo("Domstad Cijfers");
        assertThat(utrecht.active()).isTrue();
        assertThat(utrecht.location()).isNotNull();
        assertThat(utrecht.serviceArea()).isNotNull();
        assertThat(read.find(away).unavailability()).isNotEmpty();
    }

    private record Read(List<PartnerSnapshot> snapshots, int managedEntities) {

        PartnerSnapshot find(UUID id) {
            return snapshots.stream().filter(snapshot -> snapshot.id().equals(id)).findFirst().orElseThrow();
        }
    }
}
