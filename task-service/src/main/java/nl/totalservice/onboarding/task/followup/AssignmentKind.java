package nl.totalservice.onboarding.task.followup;

/** How an assignment relates to the suggestion (history code of ASSIGNED; none when it follows the suggestion). */
public enum AssignmentKind implements HistoryCode {
    /** The coordinator chose another partner than the suggested one, with a reason. */
    OVERRIDE
}
