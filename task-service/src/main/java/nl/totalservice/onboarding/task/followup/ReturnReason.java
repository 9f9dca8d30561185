package nl.totalservice.onboarding.task.followup;

/** Why an assigned task went back to the coordinator's queue by itself. */
public enum ReturnReason implements HistoryCode {
    /** The partner neither accepted nor declined before the return time. */
    ACCEPT_DEADLINE_MISSED
}
