package nl.totalservice.onboarding.task.partner;

import nl.totalservice.onboarding.task.calendar.DayRange;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The partner copy's unavailable days, without Quarkus. */
class KnownPartnerTest {

    private static final Instant NOW = Instant.parse("2026-07-01T09:00:00Z");
    private static final DayRange SUMMER = new DayRange(LocalDate.of(2026, 7, 20), LocalDate.of(2026, 8, 7), "Zomervakantie");

    @Test
    void aSnapshotReplacesTheUnavailableDaysAndOneWithoutTheListKeepsThem() {
        KnownPartner partner = new KnownPartner(UUID.randomUUID());
        partner.apply(details(List.of(SUMMER)), 1L, NOW);
        assertThat(partner.unavailable()).containsExactly(SUMMER);

        partner.apply(details(null), 2L, NOW);
        assertThat(partner.unavailable()).as("an older producer says nothing: keep what we know").containsExactly(SUMMER);

        partner.apply(details(List.of()), 3L, NOW);
        assertThat(partner.unavailable()).as("an empty list: available again").isEmpty();
    }

    @Test
    void anOlderSnapshotDoesNotChangeTheUnavailableDays() {
        KnownPartner partner = new KnownPartner(UUID.randomUUID());
        partner.apply(details(List.of(SUMMER)), 5L, NOW);

        assertThat(partner.apply(details(List.of()), 4L, NOW)).isFalse();
        assertThat(partner.unavailable()).containsExactly(SUMMER);
    }

    private static KnownPartner.PartnerDetails details(List<DayRange> unavailable) {
        return new KnownPartner.PartnerDetails("Kantoor Noord", "Petra", "info@noord.nl", "050", true, unavailable);
    }
}
