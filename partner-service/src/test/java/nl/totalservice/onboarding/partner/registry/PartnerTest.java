package nl.totalservice.onboarding.partner.registry;

import nl.totalservice.onboarding.partner.geography.GeoPoint;
import nl.totalservice.onboarding.partner.geography.Pc4Range;
import nl.totalservice.onboarding.partner.geography.Province;
import nl.totalservice.onboarding.partner.geography.ServiceArea;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The partner aggregate on its own: where it is placed, what an update replaces, how its customers are counted. */
class PartnerTest {

    private static final Instant REGISTERED = Instant.parse("2026-06-01T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-06-12T14:30:00Z");
    private static final GeoPoint GRONINGEN = new GeoPoint(53.2194, 6.5665);
    private static final GeoPoint ZWOLLE = new GeoPoint(52.5168, 6.0830);

    @Test
    void aPartnerWithoutGivenCoordinatesIsPlacedAtItsPostcodeCentre() {
        Partner partner = Partner.register(details(null), 3, GRONINGEN, "carla", REGISTERED);

        assertThat(partner.location()).isEqualTo(GRONINGEN);
        assertThat(partner.locationSource()).isEqualTo(LocationSource.GAZETTEER);
        assertThat(partner.activeCustomers()).isEqualTo(3);
        assertThat(partner.createdAt()).isEqualTo(REGISTERED);
        assertThat(partner.updatedBy()).isEqualTo("carla");
    }

    @Test
    void givenCoordinatesWinAndStayWhenTheGazetteerMoves() {
        Partner partner = Partner.register(details(ZWOLLE), 0, GRONINGEN, "carla", REGISTERED);

        assertThat(partner.locationSource()).isEqualTo(LocationSource.GIVEN);
        assertThat(partner.relocate(GRONINGEN, LATER)).isFalse();
        assertThat(partner.location()).isEqualTo(ZWOLLE);
        assertThat(partner.updatedAt()).isEqualTo(REGISTERED);
    }

    @Test
    void aNewGazetteerCentreMovesAPartnerItPlacedAndSaysWhetherAnythingChanged() {
        Partner partner = Partner.register(details(null), 0, GRONINGEN, "carla", REGISTERED);

        assertThat(partner.relocate(GRONINGEN, LATER)).isFalse();
        assertThat(partner.relocate(ZWOLLE, LATER)).isTrue();
        assertThat(partner.location()).isEqualTo(ZWOLLE);
        assertThat(partner.updatedBy()).isEqualTo("gazetteer");
        assertThat(partner.relocate(null, LATER)).isTrue();
        assertThat(partner.locationSource()).isEqualTo(LocationSource.NONE);
        assertThat(partner.location()).isNull();
    }

    @Test
    void anUpdateReplacesWhatTheCoordinatorMaintainsButKeepsTheCustomerCount() {
        Partner partner = Partner.register(details(null), 4, GRONINGEN, "carla", REGISTERED);
        ServiceArea area = new ServiceArea(25.0, List.of(Pc4Range.parse("9400-9499").orElseThrow()),
                List.of(Province.of("Drenthe").orElseThrow()), false);
        PartnerDetails changed = new PartnerDetails("Noord B.V.", "Piet", "piet@noord.nl", "+31 50 765 4321", "en",
                null, null, "8011 AA", "Zwolle", ZWOLLE, false, 30, "notes",
                List.of(new UnavailablePeriod(LocalDate.parse("2026-12-24"), LocalDate.parse("2027-01-02"), "Christmas")),
                area);

        partner.update(changed, null, "dirk", LATER);

        assertThat(partner.name()).isEqualTo("Noord B.V.");
        assertThat(partner.active()).isFalse();
        assertThat(partner.capacity()).isEqualTo(30);
        assertThat(partner.activeCustomers()).isEqualTo(4);
        assertThat(partner.serviceArea()).isEqualTo(area);
        assertThat(partner.location()).isEqualTo(ZWOLLE);
        assertThat(partner.createdBy()).isEqualTo("carla");
        assertThat(partner.updatedBy()).isEqualTo("dirk");
        assertThat(partner.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void isUnavailableOnBothEndsOfAPeriodAndNotAround() {
        PartnerDetails details = new PartnerDetails("Noord", "Henk", "henk@noord.nl", "+31 50 123 4567", "nl",
                null, null, "9712 HA", "Groningen", null, true, 10, null,
                List.of(new UnavailablePeriod(LocalDate.parse("2026-07-20"), LocalDate.parse("2026-08-07"), "Summer")),
                null);
        Partner partner = Partner.register(details, 0, GRONINGEN, "carla", REGISTERED);

        assertThat(partner.unavailableOn(LocalDate.parse("2026-07-19"))).isFalse();
        assertThat(partner.unavailableOn(LocalDate.parse("2026-07-20"))).isTrue();
        assertThat(partner.unavailableOn(LocalDate.parse("2026-08-07"))).isTrue();
        assertThat(partner.unavailableOn(LocalDate.parse("2026-08-08"))).isFalse();
    }

    @Test
    void gainsAndLosesCustomersButNeverCountsBelowZero() {
        Partner partner = Partner.register(details(null), 0, GRONINGEN, "carla", REGISTERED);

        partner.gainCustomer(LATER);
        partner.loseCustomer(LATER);
        partner.loseCustomer(LATER);

        assertThat(partner.activeCustomers()).isZero();
        assertThat(partner.updatedBy()).isEqualTo("lead-events");
    }

    @Test
    void refusesANegativeCustomerCountAtRegistration() {
        assertThatThrownBy(() -> Partner.register(details(null), -1, GRONINGEN, "carla", REGISTERED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static PartnerDetails details(GeoPoint location) {
        return new PartnerDetails("Accountantskantoor Noord B.V.", "Henk Bakker", "henk@noord.nl",
                "+31 50 123 4567", "nl", "Oude Ebbingestraat", "12a", "9712 HA", "Groningen", location, true, 25,
                null, List.of(), null);
    }
}
