package nl.totalservice.onboarding.lead.lead;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where the start meeting with the partner takes place. */
@Schema(description = "Where the start meeting takes place", examples = "ONLINE")
public enum StartMode {
    AT_CUSTOMER,
    AT_PARTNER_OFFICE,
    ONLINE,
    PHONE
}
