package nl.totalservice.onboarding.partner.matching.engine;

import nl.totalservice.onboarding.partner.geography.Province;

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
 * @param pc4                the lead's PC4 ("9401"), or null: matched against partners' extra PC4 ranges
 * @param province           the province of that PC4 (from the gazetteer), or null: matched against partners' provinces
 */
public record MatchRequest(LeadLocation location, Wish wish, Set<UUID> declinedPartnerIds, LocalDate today,
                           String pc4, Province province) {

    public MatchRequest {
        if (location == null || today == null) {
            throw new IllegalArgumentException("location and today are required");
        }
        declinedPartnerIds = declinedPartnerIds == null ? Set.of() : Set.copyOf(declinedPartnerIds);
    }

    /** A lead known only by its location (no PC4 or province to match ranges and provinces against). */
    public MatchRequest(LeadLocation location, Wish wish, Set<UUID> declinedPartnerIds, LocalDate today) {
        this(location, wish, declinedPartnerIds, today, null, null);
    }
}
