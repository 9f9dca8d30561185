package nl.totalservice.onboarding.lead.lead;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why the customer wants a particular partner. */
@Schema(description = "Why the customer wants this partner: EXISTING_CONTACT (already in touch with the firm) "
        + "or REFERRED_BY_PARTNER (the firm sent the customer to us)", examples = "EXISTING_CONTACT")
public enum WishKind {
    EXISTING_CONTACT,
    REFERRED_BY_PARTNER
}
