package nl.totalservice.onboarding.lead.lead;

import java.util.UUID;

/** The lead a new or corrected one would duplicate: enough to say which and where (no entity is loaded). */
public record LeadConflict(UUID id, String kvkNumber, String companyName, LeadState state) {
}
