package nl.totalservice.onboarding.lead.lead;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Onboarding steps 4 to 7 of the process, done in this order. */
@Schema(description = "Onboarding step (process steps 4 to 7, done in this order)", examples = "ORDER_CONFIRMATION")
public enum OnboardingStep {
    /** 4: the customer's domain (environment in the bookkeeping software) created or changed. */
    DOMAIN(4),
    /** 5: the signed order confirmation received. */
    ORDER_CONFIRMATION(5),
    /** 6: every required document of the checklist approved. */
    MANDATORY_DOCUMENTS(6),
    /** 7: the start with the partner scheduled. */
    START_SCHEDULED(7);

    private final int processStep;

    OnboardingStep(int processStep) {
        this.processStep = processStep;
    }

    /** The step's number in the process description (4 to 7). */
    public int processStep() {
        return processStep;
    }

    /** Steps 5 to 7 need the partner who will deliver the service. */
    public boolean needsConfirmedPartner() {
        return this != DOMAIN;
    }
}
