package nl.totalservice.onboarding.partner.matching;

import nl.totalservice.onboarding.partner.geography.GeoPoint;

import java.util.UUID;

/**
 * A revision of a lead's interest as lead-service recorded it. When {@code interested}, the rest
 * is what a decision needs of the lead ({@link RoutingInput}).
 *
 * @param revision the revision number, or null for "the one after the last seen"
 * @param pc4      the lead's PC4 ("9712"), or null when its postcode has none
 * @param location the lead's coordinates, or null (then its PC4 centre is used)
 */
public record InterestRevision(UUID leadId, Integer revision, Boolean interested, String companyName,
                               String postcode, String pc4, GeoPoint location, UUID wishPartnerId, String wishKind,
                               String wishNote, String ownerEmail, String ownerName) {

    RoutingInput toInput(int revisionNumber) {
        return new RoutingInput(revisionNumber, companyName, postcode, pc4, location, wishPartnerId, wishKind,
                wishNote, ownerEmail, ownerName);
    }
}
