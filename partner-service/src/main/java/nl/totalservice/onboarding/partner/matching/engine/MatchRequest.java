package nl.totalservice.onboarding.partner.matching.engine;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * The lead side of a decision.
 *
 * @param location           where the lead is (or why that is unknown)
 * @param wish               the partner the customer named, or null
 * @param declinedPartnerIds partners that declined this lead: never chosen again for it
 * @param today              the day availability is checked for
 */
public record MatchRequest(LeadLocation location, Wish wish, Set<UUID> declinedPartnerIds, LocalDate today) {

    public MatchRequest {
        if (location == null || today == null) {
            throw new IllegalArgumentException("location and today are required");
        }
        declinedPartnerIds = declinedPartnerIds == null ? Set.of() : Set.copyOf(declinedPartnerIds);
    }
}
