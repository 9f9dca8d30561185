package nl.totalservice.onboarding.lead.onboarding.rest;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.totalservice.onboarding.lead.lead.DomainAction;
import nl.totalservice.onboarding.lead.lead.StartMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

/** Request bodies of the onboarding steps. */
public final class OnboardingRequests {

    private OnboardingRequests() {
    }

    static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Schema(name = "DomainRequest", description = "Step 4: the customer's domain was created or changed")
    public record DomainRequest(
            @Schema(description = "The domain's identifier in the bookkeeping software (letters, digits, '.', '_', "
                    + "'-')", required = true, examples = "korenschoof-bv", maxLength = 100)
            @NotBlank @Size(max = 100)
            @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "must start with a letter or digit and hold "
                    + "only letters, digits, '.', '_' and '-'") String identifier,
            @Schema(description = "Whether it was created or an existing one changed", required = true,
                    examples = "CREATED")
            @NotNull DomainAction action,
            @Schema(description = "Who created or changed it; default: you", examples = "support@totalservice.nl",
                    maxLength = 254)
            @Size(max = 254) String performedBy,
            @Schema(description = "When it was created or changed (not in the future); default: now",
                    examples = "2026-07-05T13:00:00Z")
            @PastOrPresent Instant performedAt) {
    }

    @Schema(name = "OrderConfirmationRequest", description = "Step 5: the signed order confirmation was received")
    public record OrderConfirmationRequest(
            @Schema(description = "Date the customer signed (not in the future)", required = true, examples = "2026-07-08")
            @NotNull @PastOrPresent LocalDate signedOn,
            @Schema(description = "Where the signed document is filed", required = true, examples = "DMS-2026-004711",
                    maxLength = 100)
            @NotBlank @Size(max = 100) String documentReference,
            @Schema(description = "Who signed for the customer", examples = "Joost van Dijk", maxLength = 200)
            @Size(max = 200) String signatoryName) {
    }

    @Schema(name = "DocumentReceiptRequest", description = "A checklist document was handed in")
    public record DocumentReceiptRequest(
            @Schema(description = "Where the received document is filed", examples = "DMS-2026-004712", maxLength = 200)
            @Size(max = 200) String reference,
            @Schema(description = "Note", examples = "Scanned copy, original follows by post", maxLength = 2000)
            @Size(max = 2000) String note) {
    }

    @Schema(name = "DocumentApprovalRequest", description = "A received document was checked and is fine")
    public record DocumentApprovalRequest(
            @Schema(description = "Note", examples = "Checked against the KvK register", maxLength = 2000)
            @Size(max = 2000) String note) {
    }

    @Schema(name = "DocumentRejectionRequest", description = "A received document is not acceptable")
    public record DocumentRejectionRequest(
            @Schema(description = "Why; the customer has to hand it in again", required = true,
                    examples = "Copy of ID is expired", maxLength = 2000)
            @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(name = "StartRequest", description = "Step 7: when the customer starts with the partner")
    public record StartRequest(
            @Schema(description = "Date and time of the start (in the future)", required = true,
                    examples = "2026-08-03T09:00:00Z")
            @NotNull @Future Instant startAt,
            @Schema(description = "Where the start meeting takes place", examples = "ONLINE") StartMode mode,
            @Schema(description = "Note for the start", examples = "Bring last year's annual accounts", maxLength = 2000)
            @Size(max = 2000) String note,
            @Schema(description = "Why the start moves: required when rescheduling, ignored the first time",
                    examples = "Partner is ill", maxLength = 2000)
            @Size(max = 2000) String reason) {
    }
}
