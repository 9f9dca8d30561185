package nl.totalservice.onboarding.partner.matching.event;

import nl.totalservice.onboarding.partner.matching.engine.CandidateAssessment;
import org.junit.jupiter.api.Test;

import java.util.List;
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
        EventCandidates published = EventCandidates.of(LISTING, 5, null, 10);

        assertThat(published.listed()).containsExactlyElementsOf(LISTING.subList(0, 10));
        assertThat(published.omitted()).isEqualTo(5 + 20);
    }

    @Test
    void theWishedPartnerIsListedWhereverItStands() {
        UUID wished = LISTING.get(27).partnerId();

        EventCandidates published = EventCandidates.of(LISTING, 0, wished, 10);

        assertThat(published.listed()).hasSize(10);
        assertThat(published.listed().subList(0, 9)).containsExactlyElementsOf(LISTING.subList(0, 9));
        assertThat(published.listed().get(9).partnerId()).isEqualTo(wished);
        assertThat(published.omitted()).isEqualTo(20);
    }

    @Test
    void aWishInsideTheHeadChangesNothing() {
        EventCandidates published = EventCandidates.of(LISTING, 0, LISTING.get(3).partnerId(), 10);

        assertThat(published.listed()).containsExactlyElementsOf(LISTING.subList(0, 10));
    }

    @Test
    void aShortListingGoesOutWhole() {
        EventCandidates published = EventCandidates.of(LISTING.subList(0, 4), 0, UUID.randomUUID(), 10);

        assertThat(published.listed()).containsExactlyElementsOf(LISTING.subList(0, 4));
        assertThat(published.omitted()).isZero();
    }

    @Test
    void theLimitLeavesRoomForTheChosenAndTheWishedPartner() {
        assertThatThrownBy(() -> EventCandidates.of(LISTING, 0, null, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
