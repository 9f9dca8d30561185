package nl.totalservice.onboarding.lead.registration.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.totalservice.onboarding.lead.lead.WithdrawalReason;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why sales withdraws a lead. */
@Schema(name = "WithdrawalRequest", description = "Why the lead is withdrawn")
public record WithdrawalRequest(
        @Schema(description = "Reason code", required = true, examples = "CUSTOMER_CANCELLED") @NotNull WithdrawalReason reason,
        @Schema(description = "Note; required when the reason is OTHER", examples = "Customer decided to wait a year",
                maxLength = 2000)
        @Size(max = 2000) String note) {

    public String cleanNote() {
        return LeadRequest.blankToNull(note);
    }
}
