package nl.totalservice.onboarding.lead.lead;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a lead was withdrawn. */
@Schema(description = "Why the lead was withdrawn (OTHER needs a note)", examples = "CUSTOMER_CANCELLED")
public enum WithdrawalReason {
    /** The customer stopped the onboarding. */
    CUSTOMER_CANCELLED,
    /** The customer cannot be reached any more. */
    CUSTOMER_UNREACHABLE,
    /** The lead was registered twice; the other one goes on. */
    DUPLICATE,
    /** The business does not qualify for the total service. */
    NOT_ELIGIBLE,
    /** No partner can take the customer on. */
    NO_PARTNER_AVAILABLE,
    /** Anything else; the note says what. */
    OTHER
}
