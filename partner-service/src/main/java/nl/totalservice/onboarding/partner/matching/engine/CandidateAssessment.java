package nl.totalservice.onboarding.partner.matching.engine;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * How one partner stood in a decision.
 *
 * @param distanceKm      great-circle km from the lead, or null when either location is unknown
 * @param load            what distribution compares: (customers + open) / capacity when relative, else the count
 * @param eligible        whether it could take the lead: no exclusion but (possibly) OUTSIDE_SERVICE_AREA
 * @param detail          the exclusions in words ("at capacity: 10 of 10"), or null when there are none
 * @param competed        whether it took part in region and distribution (eligible and, unless the
 *                        decision widened, its service area covers the lead)
 * @param serviceArea     its service area in words ("within 40 km, Drenthe")
 */
public record CandidateAssessment(UUID partnerId, String name, boolean eligible, List<Exclusion> exclusions,
                                  Double distanceKm, int activeCustomers, int openAssignments, int capacity,
                                  double load, Instant lastAssignedAt, String detail,
                                  boolean competed, String serviceArea) {
}
