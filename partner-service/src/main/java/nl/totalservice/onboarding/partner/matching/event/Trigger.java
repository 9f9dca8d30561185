package nl.totalservice.onboarding.partner.matching.event;

/** What made the service decide. */
public enum Trigger {
    /** lead-service recorded that the customer is interested ({@code LeadInterestRecorded}). */
    INTEREST_RECORDED,
    /** A partner declined the follow-up task ({@code TaskDeclined}): decide again without the decliners. */
    TASK_DECLINED,
    /** The coordinator asked for a (new) decision. */
    REQUESTED
}
