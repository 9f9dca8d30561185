package nl.totalservice.onboarding.partner.matching.inbound;

import nl.totalservice.onboarding.partner.geography.GeoPoint;
import nl.totalservice.onboarding.partner.matching.InterestRevision;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** How the payloads of lead-events and task-events are read into what matching needs. */
class InboundPayloadsTest {

    private static final UUID LEAD = UUID.fromString("7d1f9a2e-3b4c-4d5e-8f6a-7b8c9d0e1f2a");
    private static final UUID PARTNER = UUID.fromString("5b0e6f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b");
    private static final UUID OTHER = UUID.fromString("00000000-0000-0000-0000-000000000002");

    @Test
    void readsTheInterestWithItsWishOwnerAndCoordinates() {
        InterestRevision interest = new LeadEvents.LeadInterestRecorded(LEAD, 3, true, "Bakkerij", "9712 HA", "9712",
                new LeadEvents.Location(53.2, 6.5), new LeadEvents.Wish(PARTNER, "REFERRED_BY_PARTNER", "via Henk"),
                new LeadEvents.Owner("sanne@totalservice.nl", "Sanne")).toRevision();

        assertThat(interest).isEqualTo(new InterestRevision(LEAD, 3, true, "Bakkerij", "9712 HA", "9712",
                new GeoPoint(53.2, 6.5), PARTNER, "REFERRED_BY_PARTNER", "via Henk", "sanne@totalservice.nl", "Sanne"));
    }

    @Test
    void takesThePc4FromThePostcodeWhenNoneOrAnUnreadableOneIsSent() {
        InterestRevision none = interest("9712 HA", null, null);
        InterestRevision unreadable = interest("9712 HA", "97", null);

        assertThat(none.pc4()).isEqualTo("9712");
        assertThat(unreadable.pc4()).isEqualTo("9712");
        assertThat(interest("not a postcode", null, null).pc4()).isNull();
    }

    @Test
    void dropsCoordinatesOutOfRangeSoThatThePostcodeStandsIn() {
        InterestRevision interest = interest("9712 HA", "9712", new LeadEvents.Location(153.2, 6.5));

        assertThat(interest.location()).isNull();
        assertThat(interest.pc4()).isEqualTo("9712");
    }

    @Test
    void countsEveryPartnerThatDeclinedTheTaskOnce() {
        TaskEvents.TaskDeclined declined = new TaskEvents.TaskDeclined(UUID.randomUUID(), LEAD, PARTNER,
                Arrays.asList(OTHER, null));

        assertThat(declined.decliners()).containsExactly(OTHER, PARTNER);
        assertThat(new TaskEvents.TaskDeclined(UUID.randomUUID(), LEAD, null, null).decliners()).isEmpty();
        assertThat(new TaskEvents.TaskDeclined(UUID.randomUUID(), LEAD, PARTNER, List.of()).decliners())
                .containsExactly(PARTNER);
    }

    private static InterestRevision interest(String postcode, String pc4, LeadEvents.Location location) {
        return new LeadEvents.LeadInterestRecorded(LEAD, null, true, "Bakkerij", postcode, pc4, location, null, null)
                .toRevision();
    }
}
