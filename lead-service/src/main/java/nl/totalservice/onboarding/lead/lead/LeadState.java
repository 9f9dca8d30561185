package nl.totalservice.onboarding.lead.lead;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a lead is, from first contact to onboarded customer. */
@Schema(description = "Where the lead is: REGISTERED (no interest decision yet), INTERESTED, NOT_INTERESTED, "
        + "PARTNER_CONFIRMED (a partner accepted the follow-up; onboarding steps 5 to 7 run), ONBOARDED (all "
        + "onboarding steps done), WITHDRAWN", examples = "INTERESTED")
public enum LeadState {
    REGISTERED,
    INTERESTED,
    NOT_INTERESTED,
    PARTNER_CONFIRMED,
    ONBOARDED,
    WITHDRAWN;

    /** Open leads can still change; their email address may not be registered again. */
    public boolean isOpen() {
        return this != ONBOARDED && this != WITHDRAWN;
    }

    /** The interest decision can be (re)recorded until a partner has taken the lead on. */
    public boolean acceptsInterestDecision() {
        return this == REGISTERED || this == INTERESTED || this == NOT_INTERESTED;
    }
}
