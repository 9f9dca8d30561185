package nl.totalservice.onboarding.lead.interest.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.totalservice.onboarding.lead.lead.InterestDecision;
import nl.totalservice.onboarding.lead.lead.InterestReason;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The customer's answer to the total-service offer. */
@Schema(name = "InterestRequest", description = "The customer's decision: interested, or not interested with a reason")
public record InterestRequest(
        @Schema(description = "Whether the customer is interested in the total service", required = true,
                examples = "false")
        @NotNull Boolean interested,
        @Schema(description = "Why not: required when not interested, must be left out when interested",
                examples = "HAS_ACCOUNTANT")
        InterestReason reason,
        @Schema(description = "Free note; required when the reason is OTHER", examples = "Brother-in-law does the accounts",
                maxLength = 2000)
        @Size(max = 2000) String note) {

    public InterestDecision toDecision() {
        return InterestDecision.of(interested, reason, note);
    }
}
