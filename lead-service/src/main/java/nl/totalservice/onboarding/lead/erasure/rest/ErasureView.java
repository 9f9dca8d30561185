package nl.totalservice.onboarding.lead.erasure.rest;

import nl.totalservice.onboarding.lead.lead.Lead;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** The answer to an erasure request: the same for the first request and every later one. */
@Schema(name = "LeadErasure", description = "The lead whose personal data is erased, when and at whose request. "
        + "The other services erase their copies after LeadErased and confirm on the lead's timeline (LeadDataErased)")
public record ErasureView(
        @Schema(description = "The lead", examples = "8d2e4f60-1a3b-4c5d-8e9f-0a1b2c3d4e5f") UUID leadId,
        @Schema(description = "When lead-service erased it", examples = "2026-09-01T08:00:00Z") Instant erasedAt,
        @Schema(description = "Who asked for it", examples = "sanne.devries@totalservice.nl") String erasedBy) {

    public static ErasureView of(Lead lead) {
        return new ErasureView(lead.id(), lead.erasure().erasedAt(), lead.erasure().erasedBy());
    }
}
