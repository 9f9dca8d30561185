package nl.totalservice.onboarding.lead.inbound;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.UUID;

/** Tolerant reader of any service's {@code LeadDataErased}: which lead, which service, when. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LeadDataErased(UUID leadId, String service, Instant occurredAt) {
}
