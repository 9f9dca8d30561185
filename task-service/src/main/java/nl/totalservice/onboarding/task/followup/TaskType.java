package nl.totalservice.onboarding.task.followup;

/** Kinds of task. An open list: new kinds are added here (and to the clients' expectations) as they come. */
public enum TaskType {
    /** A partner contacts a lead on sales' behalf (Leadopvolging). */
    LEAD_FOLLOW_UP
}
