package nl.totalservice.onboarding.lead.lead;

import java.time.Instant;
import java.util.UUID;

/** partner-service's choice for a lead (from {@code PartnerMatched}). */
public record PartnerProposal(UUID partnerId, String partnerName, String rule, UUID decisionId, Instant proposedAt) {
}
