package nl.totalservice.onboarding.task.followup;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a task is in its life. OPEN → ASSIGNED → ACCEPTED → CUSTOMER_CONTACTED → COMPLETED; a decline
 * or a missed accept deadline takes ASSIGNED back to OPEN; any state that is not final can be CANCELLED.
 */
public enum TaskStatus {
    /** In the coordinator's queue, assigned to nobody. */
    OPEN,
    /** Assigned to a partner, waiting for the partner to accept. */
    ASSIGNED,
    /** The partner accepted and will contact the customer. */
    ACCEPTED,
    /** The partner has been in touch with the customer. */
    CUSTOMER_CONTACTED,
    /** Done, with an outcome. Final. */
    COMPLETED,
    /** Called off (lead withdrawn, not interested, or by hand). Final. */
    CANCELLED;

    /** States that count as "open" for the one-open-follow-up-per-lead rule. */
    public static final Set<TaskStatus> ACTIVE = EnumSet.of(OPEN, ASSIGNED, ACCEPTED, CUSTOMER_CONTACTED);

    public boolean isFinal() {
        return this == COMPLETED || this == CANCELLED;
    }
}
