package nl.totalservice.onboarding.partner.matching.event;

import nl.totalservice.onboarding.partner.matching.engine.CandidateAssessment;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCandidatesTest {

    private static final List<CandidateAssessment> LISTING = IntStream.range(0, 30)
            .mapToObj(i -> new CandidateAssessment(UUID.randomUUID(), "Partner " + i, i < 20, List.of(), i * 1.0,
                    0, 0, 10, 0.0, null, null, i < 20, null))
            .toList();

    @Test
    void anEventListsTheHeadOfTheDecisionsListingAndCountsTheRest() {
        EventCandidates published = EventCandidates.of(LISTING, 5, Set.of(), 10);

        assertThat(published.listed()).containsExactlyElementsOf(LISTING.subList(0, 10));
        assertThat(published.omitted()).isEqualTo(5 + 20);
    }

    @Test
    void theWishedPartnerIsListedWhereverItStands() {
        UUID wished = LISTING.get(27).partnerId();

        EventCandidates published = EventCandidates.of(LISTING, 0, Set.of(wished), 10);

        assertThat(published.listed()).hasSize(10);
        assertThat(published.listed().subList(0, 9)).containsExactlyElementsOf(LISTING.subList(0, 9));
        assertThat(published.listed().get(9).partnerId()).isEqualTo(wished);
        assertThat(published.omitted()).isEqualTo(20);
    }

    @Test
    void theWishedAndTheDecliningPartnersAreListedInTheDecisionsOrder() {
        Set<UUID> named = Set.of(LISTING.get(25).partnerId(), LISTING.get(12).partnerId(), LISTING.get(4).partnerId());

        EventCandidates published = EventCandidates.of(LISTING, 0, named, 10);

        assertThat(published.listed()).containsExactlyElementsOf(List.of(LISTING.get(0), LISTING.get(1),
                LISTING.get(2), LISTING.get(3), LISTING.get(4), LISTING.get(5), LISTING.get(6), LISTING.get(7),
                LISTING.get(12), LISTING.get(25)));
        assertThat(published.omitted()).isEqualTo(20);
    }

    @Test
    void moreNamedPartnersThanTheLimitAreAllListedAfterTheChosenOne() {
        Set<UUID> named = new HashSet<>();
        IntStream.range(15, 30).forEach(i -> named.add(LISTING.get(i).partnerId()));

        EventCandidates published = EventCandidates.of(LISTING, 0, named, 10);

        assertThat(published.listed()).hasSize(16).startsWith(LISTING.get(0));
        assertThat(published.listed().subList(1, 16)).containsExactlyElementsOf(LISTING.subList(15, 30));
        assertThat(published.omitted()).isEqualTo(14);
    }

    @Test
    void aWishInsideTheHeadChangesNothing() {
        EventCandidates published = EventCandidates.of(LISTING, 0, Set.of(LISTING.get(3).partnerId()), 10);

        assertThat(published.listed()).containsExactlyElementsOf(LISTING.subList(0, 10));
    }

    @Test
    void aShortListingGoesOutWhole() {
        EventCandidates published = EventCandidates.of(LISTING.subList(0, 4), 0, Set.of(UUID.randomUUID()), 10);

        assertThat(published.listed()).containsExactlyElementsOf(LISTING.subList(0, 4));
        assertThat(published.omitted()).isZero();
    }

    @Test
    void theLimitLeavesRoomForTheChosenAndTheWishedPartner() {
        assertThatThrownBy(() -> EventCandidates.of(LISTING, 0, Set.of(), 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
