package nl.totalservice.onboarding.lead.lead;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a mandatory document is: PENDING, RECEIVED, then APPROVED or REJECTED (a rejected one may be received again). */
@Schema(description = "PENDING (not received yet), RECEIVED (waiting for review), APPROVED, REJECTED (can be "
        + "received again)", examples = "RECEIVED")
public enum DocumentStatus {
    PENDING,
    RECEIVED,
    APPROVED,
    REJECTED
}
