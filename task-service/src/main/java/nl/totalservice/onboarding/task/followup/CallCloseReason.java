package nl.totalservice.onboarding.task.followup;

/** Why a phone call to the partner ended. */
public enum CallCloseReason implements HistoryCode {
    /** The partner was reached (the call is DONE). */
    REACHED,
    /** The partner accepted the task. */
    TASK_ACCEPTED,
    /** The partner declined the task. */
    TASK_DECLINED,
    /** The task went back to the queue. */
    TASK_RETURNED_TO_QUEUE,
    /** The task was called off. */
    TASK_CANCELLED
}
