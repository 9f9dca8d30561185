package nl.totalservice.onboarding.partner.matching;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every transition of a routed lead reports how its open assignment moved, and only that. */
class RoutedLeadHoldTest {

    private static final Instant NOW = Instant.parse("2026-07-01T09:30:00Z");
    private final UUID first = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private final UUID second = UUID.fromString("00000000-0000-0000-0000-000000000002");

    @Test
    void aMatchTakesTheOpenAssignmentAndARematchMovesIt() {
        RoutedLead lead = interestedLead();

        lead.matched(first, NOW);
        assertThat(lead.takeHoldChange()).isEqualTo(new HoldChange(null, first));
        lead.matched(second, NOW);
        assertThat(lead.takeHoldChange()).isEqualTo(new HoldChange(first, second));
        lead.matched(second, NOW);
        assertThat(lead.takeHoldChange()).isEqualTo(HoldChange.NONE);
    }

    @Test
    void anAssignmentToAnotherPartnerMovesTheOpenAssignmentAndAnAcceptanceKeepsIt() {
        RoutedLead lead = matchedTo(first);

        assertThat(lead.heldBy(second, NOW)).isTrue();
        assertThat(lead.takeHoldChange()).isEqualTo(new HoldChange(first, second));
        assertThat(lead.heldBy(second, NOW)).isFalse();
        assertThat(lead.takeHoldChange()).isEqualTo(HoldChange.NONE);
        assertThat(lead.status()).isEqualTo(LeadStatus.ASSIGNED);
    }

    @Test
    void aReturnToTheQueueReleasesOnlyTheHoldersAssignment() {
        RoutedLead lead = matchedTo(first);

        lead.returnedBy(second, NOW);
        assertThat(lead.takeHoldChange()).isEqualTo(HoldChange.NONE);
        lead.returnedBy(first, NOW);
        assertThat(lead.takeHoldChange()).isEqualTo(new HoldChange(first, null));
        assertThat(lead.status()).isEqualTo(LeadStatus.UNASSIGNED);
    }

    @Test
    void aCancelledFollowUpReleasesItsOwnPartnersAssignmentOnly() {
        RoutedLead lead = matchedTo(first);
        lead.heldBy(second, NOW);
        lead.takeHoldChange();

        lead.followUpCancelled(first, NOW);
        assertThat(lead.takeHoldChange()).isEqualTo(HoldChange.NONE);
        lead.followUpCancelled(null, NOW);
        assertThat(lead.takeHoldChange()).isEqualTo(HoldChange.NONE);
        lead.followUpCancelled(second, NOW);
        assertThat(lead.takeHoldChange()).isEqualTo(new HoldChange(second, null));
    }

    @Test
    void noPartnerReleasesTheAssignment() {
        RoutedLead lead = matchedTo(first);

        lead.noPartner(NOW);

        assertThat(lead.takeHoldChange()).isEqualTo(new HoldChange(first, null));
    }

    @Test
    void aNotInterestedRevisionReleasesTheAssignmentAndAnOlderOneChangesNothing() {
        RoutedLead lead = matchedTo(first);

        assertThat(lead.notInterested(1, NOW)).isFalse();
        assertThat(lead.takeHoldChange()).isEqualTo(HoldChange.NONE);
        assertThat(lead.notInterested(2, NOW)).isTrue();
        assertThat(lead.takeHoldChange()).isEqualTo(new HoldChange(first, null));
    }

    @Test
    void onboardingTurnsTheOpenAssignmentIntoACustomer() {
        RoutedLead lead = matchedTo(first);

        assertThat(lead.onboarded(second, NOW)).isEqualTo(new CountChange(null, second));

        assertThat(lead.takeHoldChange()).isEqualTo(new HoldChange(first, null));
        assertThat(lead.holder()).isNull();
        assertThat(lead.heldBy(first, NOW)).isFalse();
        assertThat(lead.takeHoldChange()).isEqualTo(HoldChange.NONE);
    }

    @Test
    void aWithdrawalReleasesTheAssignment() {
        RoutedLead lead = matchedTo(first);

        lead.withdrawn(NOW);

        assertThat(lead.takeHoldChange()).isEqualTo(new HoldChange(first, null));
    }

    @Test
    void movesBetweenSettlementsAreReportedAsOneNetChange() {
        RoutedLead lead = matchedTo(first);

        lead.heldBy(second, NOW);
        lead.returnedBy(second, NOW);
        lead.matched(first, NOW);

        assertThat(lead.takeHoldChange()).isEqualTo(HoldChange.NONE);
    }

    @Test
    void aLeadWhoseAssignmentMovedUnsettledRefusesToBeWritten() {
        RoutedLead lead = matchedTo(first);
        lead.heldBy(second, NOW);

        assertThatThrownBy(lead::refuseUnsettledHold).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("without settling");
        lead.takeHoldChange();
        lead.refuseUnsettledHold();
    }

    @Test
    void changesOutsideTheHoldNeedNoSettlement() {
        RoutedLead lead = matchedTo(first);

        lead.declinedBy(List.of(second), NOW);

        lead.refuseUnsettledHold();
        assertThat(lead.takeHoldChange()).isEqualTo(HoldChange.NONE);
    }

    private RoutedLead interestedLead() {
        RoutedLead lead = RoutedLead.create(UUID.randomUUID(), NOW);
        lead.interested(new RoutingInput(1, "Bakkerij", "9712 AB", "9712", null, null, null, null, null, null), NOW);
        return lead;
    }

    private RoutedLead matchedTo(UUID partner) {
        RoutedLead lead = interestedLead();
        lead.matched(partner, NOW);
        lead.takeHoldChange();
        return lead;
    }
}
