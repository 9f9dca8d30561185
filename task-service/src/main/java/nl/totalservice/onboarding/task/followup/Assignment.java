package nl.totalservice.onboarding.task.followup;

import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.util.UUID;

/**
 * Who has the task and until when: the partner, who assigned it and when, the accept deadline, when
 * the task returns to the queue if not accepted, and when it was marked overdue. A value: a change
 * makes a new one. Null on the task while it waits in the queue.
 */
@Embeddable
public class Assignment {

    private UUID partnerId;
    private String overrideReason;
    private String assignedBy;
    private Instant assignedAt;
    private Instant acceptBy;
    private Instant returnAt;
    private Instant overdueAt;

    protected Assignment() {
    }

    Assignment(UUID partnerId, String overrideReason, String assignedBy, Instant assignedAt, Instant acceptBy,
               Instant returnAt, Instant overdueAt) {
        this.partnerId = partnerId;
        this.overrideReason = overrideReason;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
        this.acceptBy = acceptBy;
        this.returnAt = returnAt;
        this.overdueAt = overdueAt;
    }

    /** The same assignment, marked overdue at {@code now}. */
    Assignment overdue(Instant now) {
        return new Assignment(partnerId, overrideReason, assignedBy, assignedAt, acceptBy, returnAt, now);
    }

    /** The accept deadline passed and the task was not yet marked overdue. */
    boolean acceptDeadlinePassed(Instant now) {
        return overdueAt == null && acceptBy != null && !acceptBy.isAfter(now);
    }

    /** The second period passed too: the task goes back to the queue. */
    boolean returnDue(Instant now) {
        return returnAt != null && !returnAt.isAfter(now);
    }

    public UUID partnerId() {
        return partnerId;
    }

    /** Why the coordinator chose another partner than the suggestion; null when they followed it. */
    public String overrideReason() {
        return overrideReason;
    }

    public String assignedBy() {
        return assignedBy;
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    public Instant acceptBy() {
        return acceptBy;
    }

    public Instant returnAt() {
        return returnAt;
    }

    public Instant overdueAt() {
        return overdueAt;
    }
}
