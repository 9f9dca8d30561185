package nl.totalservice.onboarding.task.followup;

/** Why the suggested partner of a task changed. */
public enum SuggestionChangeReason implements HistoryCode {
    /** The suggested partner declined the task; a new decision is awaited. */
    SUGGESTED_PARTNER_DECLINED,
    /** partner-service decided again after a decline. */
    REMATCHED_AFTER_DECLINE,
    /** partner-service found no partner: the coordinator picks one by hand. */
    NO_PARTNER_AVAILABLE,
    /** A newer matching decision for a task that had no suggestion or an older matched one. */
    NEW_MATCHING_DECISION
}
