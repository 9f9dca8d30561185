package nl.totalservice.onboarding.lead.lead;

import java.time.Instant;
import java.util.UUID;

/**
 * That lead-service knows a lead, and whether its personal data was erased: all the progress view
 * needs of most of the other services' events, read without loading the lead.
 */
public record LeadPresence(UUID id, Instant erasedAt) {

    public static LeadPresence of(Lead lead) {
        return new LeadPresence(lead.id(), lead.erasure() == null ? null : lead.erasure().erasedAt());
    }

    public boolean erased() {
        return erasedAt != null;
    }
}
