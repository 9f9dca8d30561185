package nl.totalservice.onboarding.partner.matching;

import nl.totalservice.onboarding.partner.geography.Province;
import nl.totalservice.onboarding.partner.matching.engine.LeadLocation;
import nl.totalservice.onboarding.partner.matching.engine.MatchingPolicy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Everything a decision was a function of (besides the partner snapshots, summarised in its
 * candidates): enough to understand it, and to reproduce it with the preview (and the backtest).
 *
 * @param province the province of the lead's PC4 (from the gazetteer), or null: absent in decisions
 *                 made before service areas existed
 */
public record DecisionInputs(Integer revision, String companyName, String postcode, String pc4,
                             LeadLocation location, UUID wishPartnerId, String wishKind, String wishNote,
                             List<UUID> declinedPartnerIds, LocalDate today, MatchingPolicy policy,
                             Province province) {
}
