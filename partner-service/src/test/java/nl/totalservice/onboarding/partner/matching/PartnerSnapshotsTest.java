package nl.totalservice.onboarding.partner.matching;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.totalservice.onboarding.partner.geography.GeoPoint;
import nl.totalservice.onboarding.partner.geography.ServiceArea;
import nl.totalservice.onboarding.partner.matching.engine.PartnerSnapshot;
import nl.totalservice.onboarding.partner.matching.engine.Unavailability;
import nl.totalservice.onboarding.partner.registry.Partner;
import nl.totalservice.onboarding.partner.support.TestPartners;
import nl.totalservice.onboarding.partner.support.TestWorld;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partners a decision reads, from the real database: every partner with what the entity says of
 * it (capacity, customers, office, service area), its partner_load row and the day's unavailability,
 * read as values, so that the decision's transaction does not dirty-check a managed entity per
 * partner at every flush.
 */
@QuarkusTest
class PartnerSnapshotsTest {

    @Inject
    PartnerSnapshots snapshots;

    @Inject
    EntityManager em;

    @Inject
    TestWorld world;

    @Test
    void readsEachPartnerAsItsEntityAndLoadSayWithoutManagingAnEntity() {
        Map<String, Object> body = TestPartners.body("Zwolle Cijfers", "8011 AA", "Zwolle");
        body.put("capacity", 7);
        body.put("activeCustomers", 3);
        body.put("serviceArea", Map.of("radiusKm", 30, "provinces", List.of("overijssel"),
                "pc4Ranges", List.of("7881", "9400-9499")));
        UUID zwolle = TestPartners.register(body);
        UUID away = TestPartners.onHoliday("Vakantie Cijfers", "9711 AA", "Groningen");
        Instant lastAssigned = Instant.parse("2026-11-30T10:15:30Z");
        world.execute("insert into partner_load (partner_id, open_assignments, last_assigned_at) values (:partner, 2, "
                + "timestamptz '" + lastAssigned + "') on conflict (partner_id) do update "
                + "set open_assignments = 2, last_assigned_at = excluded.last_assigned_at", zwolle);

        Read read = QuarkusTransaction.requiringNew().call(() -> {
            List<PartnerSnapshot> all = snapshots.load(null, LocalDate.now());
            int managed = em.unwrap(Session.class).getStatistics().getEntityCount();
            Partner entity = em.find(Partner.class, zwolle);
            return new Read(all, managed, entity.serviceArea(), entity.location());
        });

        assertThat(read.managedEntities()).isZero();
        PartnerSnapshot snapshot = read.find(zwolle);
        assertThat(snapshot.name()).isEqualTo("Zwolle Cijfers");
        assertThat(snapshot.active()).isTrue();
        assertThat(snapshot.capacity()).isEqualTo(7);
        assertThat(snapshot.activeCustomers()).isEqualTo(3);
        assertThat(snapshot.openAssignments()).isEqualTo(2);
        assertThat(snapshot.lastAssignedAt()).isEqualTo(lastAssigned);
        assertThat(snapshot.location()).isNotNull().isEqualTo(read.location());
        assertThat(snapshot.serviceArea()).isEqualTo(read.area());
        assertThat(snapshot.serviceArea().radiusKm()).isEqualTo(30.0);
        assertThat(snapshot.serviceArea().pc4Ranges()).hasSize(2);
        assertThat(snapshot.unavailability()).isEmpty();
        PartnerSnapshot onHoliday = read.find(away);
        assertThat(onHoliday.openAssignments()).isZero();
        assertThat(onHoliday.lastAssignedAt()).isNull();
        assertThat(onHoliday.unavailability()).extracting(Unavailability::reason).containsExactly("Summer holiday");
    }

    private record Read(List<PartnerSnapshot> snapshots, int managedEntities, ServiceArea area, GeoPoint location) {

        PartnerSnapshot find(UUID id) {
            return snapshots.stream().filter(snapshot -> snapshot.id().equals(id)).findFirst().orElseThrow();
        }
    }
}
