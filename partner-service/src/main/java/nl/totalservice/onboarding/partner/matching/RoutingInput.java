package nl.totalservice.onboarding.partner.matching;

import nl.totalservice.onboarding.partner.geography.GeoPoint;

import java.util.UUID;

/**
 * What a decision needs of the lead, from the latest interested {@code LeadInterestRecorded}.
 *
 * @param wishPartnerId the partner the customer named (or null), with {@code wishKind} and {@code wishNote}
 */
public record RoutingInput(int revision, String companyName, String postcode, String pc4, GeoPoint location,
                           UUID wishPartnerId, String wishKind, String wishNote, String ownerEmail,
                           String ownerName) {
}
