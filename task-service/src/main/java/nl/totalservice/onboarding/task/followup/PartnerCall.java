package nl.totalservice.onboarding.task.followup;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import nl.totalservice.onboarding.platform.web.problem.ProblemException;
import org.hibernate.annotations.BatchSize;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A phone call to the partner of an urgent assignment. Part of the task aggregate: it changes only
 * through {@link FollowUpTask}, under the task's lock.
 */
@Entity
@Table(name = "partner_call")
public class PartnerCall {

    @Id
    private UUID id;
    @Column(name = "task_id", insertable = false, updatable = false)
    private UUID taskId;
    private UUID partnerId;
    private String assignee;
    @Enumerated(EnumType.STRING)
    private CallStatus status;
    private Instant createdAt;
    private Instant dueAt;
    private Instant escalateAt;
    private Instant escalatedAt;
    private Instant closedAt;
    @Enumerated(EnumType.STRING)
    private CallCloseReason closeReason;
    @ElementCollection
    @CollectionTable(name = "partner_call_attempt", joinColumns = @JoinColumn(name = "call_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 50)
    private List<CallAttempt> attempts = new ArrayList<>();

    protected PartnerCall() {
    }

    PartnerCall(UUID taskId, UUID partnerId, String assignee, Instant now, Instant escalateAt) {
        this.id = UUID.randomUUID();
        this.taskId = taskId;
        this.partnerId = partnerId;
        this.assignee = assignee;
        this.status = CallStatus.OPEN;
        this.createdAt = now;
        this.dueAt = now;
        this.escalateAt = escalateAt;
    }

    /** Records an attempt: REACHED ends the call, NO_ANSWER and CALL_BACK set when to call next. */
    void record(CallAttempt attempt, UnaryOperator<Instant> retry, UnaryOperator<Instant> escalation) {
        requireOpen("record an outcome for");
        attempts.add(attempt);
        switch (attempt.outcome()) {
            case REACHED -> {
                status = CallStatus.DONE;
                closedAt = attempt.at();
                closeReason = CallCloseReason.REACHED;
            }
            case NO_ANSWER -> reschedule(retry.apply(attempt.at()), escalation);
            case CALL_BACK -> reschedule(attempt.callBackAt(), escalation);
        }
    }

    private void reschedule(Instant next, UnaryOperator<Instant> escalation) {
        dueAt = next;
        escalateAt = escalation.apply(next);
        escalatedAt = null;
    }

    /** Marks the call escalated; false when it is no longer due for escalation. */
    boolean escalate(Instant now) {
        if (status != CallStatus.OPEN || escalatedAt != null || escalateAt.isAfter(now)) {
            return false;
        }
        escalatedAt = now;
        return true;
    }

    void close(CallCloseReason reason, Instant now) {
        if (status == CallStatus.OPEN) {
            status = CallStatus.CLOSED;
            closedAt = now;
            closeReason = reason;
        }
    }

    private void requireOpen(String action) {
        if (status != CallStatus.OPEN) {
            throw ProblemException.illegalTransition("Cannot " + action + " a call that is " + status, status);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID taskId() {
        return taskId;
    }

    public UUID partnerId() {
        return partnerId;
    }

    /** Who must phone (a coordinator or the lead's owner). */
    public String assignee() {
        return assignee;
    }

    public CallStatus status() {
        return status;
    }

    public boolean isOpen() {
        return status == CallStatus.OPEN;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant escalateAt() {
        return escalateAt;
    }

    public Instant escalatedAt() {
        return escalatedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public CallCloseReason closeReason() {
        return closeReason;
    }

    public List<CallAttempt> attempts() {
        return List.copyOf(attempts);
    }

    /** The notes of the attempts may tell about the customer: gone on erasure. */
    void eraseNotes() {
        attempts.replaceAll(CallAttempt::withoutNote);
    }
}
