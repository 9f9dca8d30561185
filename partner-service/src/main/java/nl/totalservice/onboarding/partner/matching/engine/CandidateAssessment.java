package nl.totalservice.onboarding.partner.matching.engine;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * How one partner stood in a decision.
 *
 * @param distanceKm      great-circle km from the lead, or null when either location is unknown
 * @param load            what distribution compares: (customers + open) / capacity when relative, else the count
 * @param detail          the exclusions in words ("at capacity: 10 of 10"), or null when eligible
 */
public record CandidateAssessment(UUID partnerId, String name, boolean eligible, List<Exclusion> exclusions,
                                  Double distanceKm, int activeCustomers, int openAssignments, int capacity,
                                  double load, Instant lastAssignedAt, String detail) {
}
