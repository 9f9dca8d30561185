package nl.totalservice.onboarding.notification.contact;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Our copy of a partner's contact details, without Quarkus: only a newer snapshot replaces it. */
class PartnerContactStateTest {

    private static final Instant T0 = Instant.parse("2026-07-01T09:30:00Z");
    private static final UUID PARTNER = UUID.randomUUID();

    @Test
    void aFirstSnapshotIsTakenWithBlankAddressesAsNone() {
        PartnerContact contact = PartnerContact.from(snapshot(1, " info@noord.nl ", " "), "e1", T0);

        assertThat(contact.partnerVersion()).isEqualTo(1);
        assertThat(contact.email()).isEqualTo("info@noord.nl");
        assertThat(contact.phone()).isEmpty();
        assertThat(contact.isReachable()).isTrue();
        assertThat(contact.active()).isTrue();
    }

    @Test
    void aPartnerWithoutEmailCannotBeReachedUntilASnapshotBringsOne() {
        PartnerContact contact = PartnerContact.from(snapshot(1, null, "050-1234567"), "e1", T0);
        assertThat(contact.isReachable()).isFalse();

        assertThat(contact.apply(snapshot(2, "info@noord.nl", "050-1234567"), "e2", T0)).isTrue();

        assertThat(contact.isReachable()).isTrue();
        assertThat(contact.phone()).contains("050-1234567");
    }

    @Test
    void anOlderOrEqualSnapshotChangesNothing() {
        PartnerContact contact = PartnerContact.from(snapshot(3, "new@noord.nl", null), "e3", T0);

        assertThat(contact.apply(snapshot(2, "old@noord.nl", null), "e2", T0)).isFalse();
        assertThat(contact.apply(snapshot(3, "same-version@noord.nl", null), "e3b", T0)).isFalse();

        assertThat(contact.email()).isEqualTo("new@noord.nl");
        assertThat(contact.partnerVersion()).isEqualTo(3);
    }

    @Test
    void aSnapshotWithoutIdVersionOrNameIsRefused() {
        assertThatThrownBy(() -> new PartnerSnapshot(null, 1L, "Noord", null, null, null, null, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PartnerSnapshot(PARTNER, null, "Noord", null, null, null, null, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PartnerSnapshot(PARTNER, 1L, " ", null, null, null, null, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new PartnerSnapshot(PARTNER, 1L, "Noord", null, null, null, null, null).active()).isTrue();
    }

    private static PartnerSnapshot snapshot(long version, String email, String phone) {
        return new PartnerSnapshot(PARTNER, version, "Boekhouding Noord", "Jan Jansen", email, phone, "nl", true);
    }
}
