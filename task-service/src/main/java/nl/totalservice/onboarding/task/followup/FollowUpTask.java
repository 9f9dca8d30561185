package nl.totalservice.onboarding.task.followup;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.totalservice.onboarding.platform.web.problem.ProblemException;
import org.hibernate.annotations.BatchSize;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A follow-up task: the aggregate. Every change is a method here that refuses an illegal move
 * (409 with the current state) and writes a history line; services only load, call and publish.
 */
@Entity
@Table(name = "follow_up_task")
public class FollowUpTask {

    @Id
    private UUID id;
    @Version
    private long version;
    @Enumerated(EnumType.STRING)
    @Column(name = "task_type")
    private TaskType type;
    private UUID leadId;
    @Enumerated(EnumType.STRING)
    private TaskOrigin origin;
    private UUID decisionId;
    @Enumerated(EnumType.STRING)
    private TaskStatus status;
    private UUID suggestedPartnerId;
    private String notes;
    private boolean urgent;
    private Instant dueAt;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "email", column = @Column(name = "owner_email")),
            @AttributeOverride(name = "name", column = @Column(name = "owner_name"))})
    private Owner owner;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "partnerId", column = @Column(name = "assigned_partner_id")),
            @AttributeOverride(name = "overrideReason", column = @Column(name = "override_reason")),
            @AttributeOverride(name = "assignedBy", column = @Column(name = "assigned_by")),
            @AttributeOverride(name = "assignedAt", column = @Column(name = "assigned_at")),
            @AttributeOverride(name = "acceptBy", column = @Column(name = "accept_by")),
            @AttributeOverride(name = "returnAt", column = @Column(name = "return_at")),
            @AttributeOverride(name = "overdueAt", column = @Column(name = "overdue_at"))})
    private Assignment assignment;
    private Instant acceptedAt;
    private Instant contactedAt;
    private Instant completedAt;
    @Enumerated(EnumType.STRING)
    private CompletionOutcome outcome;
    private String outcomeNote;
    private Instant cancelledAt;
    @Enumerated(EnumType.STRING)
    private CancelReason cancelReason;

    @ElementCollection
    @CollectionTable(name = "follow_up_task_declined_partner", joinColumns = @JoinColumn(name = "task_id"))
    @OrderColumn(name = "position")
    @Column(name = "partner_id")
    @BatchSize(size = 100)
    private List<UUID> declinedPartnerIds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "follow_up_task_missed_partner", joinColumns = @JoinColumn(name = "task_id"))
    @OrderColumn(name = "position")
    @Column(name = "partner_id")
    @BatchSize(size = 100)
    private List<UUID> missedDeadlinePartnerIds = new ArrayList<>();

    // the child's insert carries task_id (nullable = false); updatable = false spares the update Hibernate
    // would otherwise send after every insert to set the same task_id again
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "task_id", nullable = false, updatable = false)
    @OrderBy("seq")
    @BatchSize(size = 100)
    private List<TaskHistoryEntry> history = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "task_id", nullable = false, updatable = false)
    @OrderBy("createdAt")
    @BatchSize(size = 100)
    private List<PartnerCall> calls = new ArrayList<>();

    protected FollowUpTask() {
    }

    private FollowUpTask(TaskType type, UUID leadId, TaskOrigin origin, UUID decisionId, UUID suggestedPartnerId,
                         String notes, boolean urgent, Instant dueAt, Owner owner, String createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.type = type;
        this.leadId = leadId;
        this.origin = origin;
        this.decisionId = decisionId;
        this.status = TaskStatus.OPEN;
        this.suggestedPartnerId = suggestedPartnerId;
        this.notes = notes;
        this.urgent = urgent;
        this.dueAt = dueAt;
        this.owner = owner;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
        record(now, createdBy, HistoryAction.CREATED, suggestedPartnerId, origin, notes);
    }

    /** A follow-up that partner-service's decision asks for; the matched partner is the suggestion. */
    public static FollowUpTask fromMatch(UUID leadId, UUID decisionId, UUID suggestedPartnerId, String notes,
                                         Owner owner, String createdBy, Instant now) {
        return new FollowUpTask(TaskType.LEAD_FOLLOW_UP, leadId, TaskOrigin.MATCHED, decisionId, suggestedPartnerId,
                notes, false, null, owner, createdBy, now);
    }

    /** A task a sales person opens by hand, naming their own suggestion. */
    public static FollowUpTask byHand(TaskType type, UUID leadId, UUID suggestedPartnerId, String notes,
                                      boolean urgent, Instant dueAt, Owner owner, String createdBy, Instant now) {
        return new FollowUpTask(type, leadId, TaskOrigin.MANUAL, null, suggestedPartnerId, notes, urgent, dueAt,
                owner, createdBy, now);
    }

    /** Replaces the suggestion of a task in the queue. */
    public void changeSuggestion(UUID partnerId, UUID newDecisionId, SuggestionChangeReason reason, String note,
                                 String actor, Instant now) {
        require(EnumSet.of(TaskStatus.OPEN), "change the suggestion of");
        suggestedPartnerId = partnerId;
        if (newDecisionId != null) {
            decisionId = newDecisionId;
        }
        touch(now);
        record(now, actor, HistoryAction.SUGGESTION_CHANGED, partnerId, reason, note);
    }

    /** Keeps a matching decision that did not change the task on record. */
    public void noteDecision(UUID partnerId, String note, String actor, Instant now) {
        touch(now);
        record(now, actor, HistoryAction.MATCHING_DECISION_NOTED, partnerId, null, note);
    }

    /**
     * Gives the task to a partner. A partner other than the suggestion needs a reason; a partner who
     * declined this task cannot get it again. Urgent tasks open a call to the partner.
     */
    public Optional<PartnerCall> assign(UUID partnerId, String reason, AcceptDeadline deadline, String callAssignee,
                                        UnaryOperator<Instant> callEscalation, String actor, Instant now) {
        require(EnumSet.of(TaskStatus.OPEN), "assign");
        if (declinedPartnerIds.contains(partnerId)) {
            throw ProblemException.conflict("partner-declined", "Partner " + partnerId
                    + " declined this task before and cannot be assigned it again", Map.of("partnerId", partnerId.toString()));
        }
        boolean override = suggestedPartnerId != null && !suggestedPartnerId.equals(partnerId);
        if (override && (reason == null || reason.isBlank())) {
            throw ProblemException.invalidField("overrideReason",
                    "is required when assigning to a partner other than the suggested one (" + suggestedPartnerId + ")");
        }
        status = TaskStatus.ASSIGNED;
        assignment = new Assignment(partnerId, override ? reason.strip() : null, actor, now, deadline.acceptBy(),
                deadline.returnAt(), null);
        touch(now);
        record(now, actor, HistoryAction.ASSIGNED, partnerId, override ? AssignmentKind.OVERRIDE : null,
                assignment.overrideReason());
        if (!urgent) {
            return Optional.empty();
        }
        PartnerCall call = new PartnerCall(id, partnerId, callAssignee, now, callEscalation.apply(now));
        calls.add(call);
        record(now, actor, HistoryAction.CALL_REQUESTED, partnerId, null, "Phone call for " + callAssignee);
        return Optional.of(call);
    }

    /**
     * Erasure of the customer's personal data: every free text about the customer goes (sales' notes,
     * the outcome note, history and call notes); codes, partners, actors and times stay for reporting.
     */
    public void eraseCustomerText() {
        notes = null;
        outcomeNote = null;
        history.forEach(TaskHistoryEntry::eraseNote);
        calls.forEach(PartnerCall::eraseNotes);
    }

    /** The assigned partner takes the task on. */
    public void accept(UUID partnerId, String actor, Instant now) {
        require(EnumSet.of(TaskStatus.ASSIGNED), "accept");
        status = TaskStatus.ACCEPTED;
        acceptedAt = now;
        touch(now);
        record(now, actor, HistoryAction.ACCEPTED, partnerId, null, null);
        closeCalls(CallCloseReason.TASK_ACCEPTED, now);
    }

    /**
     * The assigned partner declines: the task goes back to the queue without them. Returns true when
     * the suggestion was the decliner and was cleared (a new decision is awaited).
     */
    public boolean decline(UUID partnerId, DeclineReason reason, String note, String actor, Instant now) {
        require(EnumSet.of(TaskStatus.ASSIGNED), "decline");
        if (!declinedPartnerIds.contains(partnerId)) {
            declinedPartnerIds.add(partnerId);
        }
        backToQueue(now);
        record(now, actor, HistoryAction.DECLINED, partnerId, reason, note);
        closeCalls(CallCloseReason.TASK_DECLINED, now);
        if (partnerId.equals(suggestedPartnerId)) {
            suggestedPartnerId = null;
            record(now, actor, HistoryAction.SUGGESTION_CHANGED, null,
                    SuggestionChangeReason.SUGGESTED_PARTNER_DECLINED, "Waiting for a new matching decision");
            return true;
        }
        return false;
    }

    /** The partner reports contact with the customer (may be reported more than once). */
    public void recordCustomerContact(UUID partnerId, Instant contactedAt, ContactChannel channel, String note,
                                      String actor, Instant now) {
        require(EnumSet.of(TaskStatus.ACCEPTED, TaskStatus.CUSTOMER_CONTACTED), "record customer contact for");
        status = TaskStatus.CUSTOMER_CONTACTED;
        this.contactedAt = contactedAt;
        touch(now);
        record(now, actor, HistoryAction.CUSTOMER_CONTACTED, partnerId, channel, note);
    }

    /** The partner closes the follow-up with an outcome. */
    public void complete(UUID partnerId, CompletionOutcome outcome, String note, String actor, Instant now) {
        require(EnumSet.of(TaskStatus.ACCEPTED, TaskStatus.CUSTOMER_CONTACTED), "complete");
        status = TaskStatus.COMPLETED;
        this.outcome = outcome;
        this.outcomeNote = note;
        completedAt = now;
        touch(now);
        record(now, actor, HistoryAction.COMPLETED, partnerId, outcome, note);
    }

    /** The accept deadline passed; false when it no longer applies (accepted, returned, already marked). */
    public boolean markOverdue(String actor, Instant now) {
        if (status != TaskStatus.ASSIGNED || assignment == null || !assignment.acceptDeadlinePassed(now)) {
            return false;
        }
        assignment = assignment.overdue(now);
        touch(now);
        record(now, actor, HistoryAction.OVERDUE, assignment.partnerId(), null,
                "Not accepted by " + assignment.acceptBy());
        return true;
    }

    /** The partner let the second period pass too: back to the queue. Returns the partner who missed it. */
    public Optional<UUID> returnToQueue(String actor, Instant now) {
        if (status != TaskStatus.ASSIGNED || assignment == null || !assignment.returnDue(now)) {
            return Optional.empty();
        }
        UUID late = assignment.partnerId();
        if (!missedDeadlinePartnerIds.contains(late)) {
            missedDeadlinePartnerIds.add(late);
        }
        backToQueue(now);
        record(now, actor, HistoryAction.RETURNED_TO_QUEUE, late, ReturnReason.ACCEPT_DEADLINE_MISSED, null);
        closeCalls(CallCloseReason.TASK_RETURNED_TO_QUEUE, now);
        return Optional.of(late);
    }

    /** Calls the task off. Returns the partner who had it, if any. */
    public Optional<UUID> cancel(CancelReason reason, String note, String actor, Instant now) {
        require(TaskStatus.ACTIVE, "cancel");
        UUID partner = assignedPartnerId();
        status = TaskStatus.CANCELLED;
        cancelledAt = now;
        cancelReason = reason;
        touch(now);
        record(now, actor, HistoryAction.CANCELLED, partner, reason, note);
        closeCalls(CallCloseReason.TASK_CANCELLED, now);
        return Optional.ofNullable(partner);
    }

    /** Records a call attempt on one of this task's calls. */
    public PartnerCall recordCall(UUID callId, CallAttempt attempt, UnaryOperator<Instant> retry,
                                  UnaryOperator<Instant> escalation) {
        PartnerCall call = call(callId);
        call.record(attempt, retry, escalation);
        touch(attempt.at());
        String note = attempt.outcome() == CallOutcome.CALL_BACK
                ? "Call back at " + attempt.callBackAt() + (attempt.note() == null ? "" : ": " + attempt.note())
                : attempt.note();
        record(attempt.at(), attempt.recordedBy(), HistoryAction.CALL_RECORDED, call.partnerId(),
                attempt.outcome(), note);
        return call;
    }

    /** Escalates a call that was not made in time; false when it is not (or no longer) due. */
    public boolean escalateCall(UUID callId, String actor, Instant now) {
        PartnerCall call = call(callId);
        if (!call.escalate(now)) {
            return false;
        }
        touch(now);
        record(now, actor, HistoryAction.CALL_ESCALATED, call.partnerId(), null,
                "Not made by " + call.escalateAt() + " (assignee " + call.assignee() + ")");
        return true;
    }

    public PartnerCall call(UUID callId) {
        return calls.stream().filter(call -> call.id().equals(callId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Call", callId));
    }

    /** Whether an expected version (If-Match) still holds; 412 otherwise. */
    public void requireVersion(Long expected) {
        if (expected != null && expected != version) {
            throw ProblemException.staleVersion(version);
        }
    }

    private void backToQueue(Instant now) {
        status = TaskStatus.OPEN;
        assignment = null;
        touch(now);
    }

    private void closeCalls(CallCloseReason reason, Instant now) {
        for (PartnerCall call : calls) {
            if (call.isOpen()) {
                call.close(reason, now);
                record(now, "task-service", HistoryAction.CALL_CLOSED, call.partnerId(), reason, null);
            }
        }
    }

    private void require(Set<TaskStatus> allowed, String action) {
        if (!allowed.contains(status)) {
            throw ProblemException.illegalTransition("Cannot " + action + " a task that is " + status
                    + " (allowed when " + allowed + ")", status);
        }
    }

    private void touch(Instant now) {
        updatedAt = now;
    }

    private void record(Instant at, String actor, HistoryAction action, UUID partnerId, HistoryCode code, String note) {
        history.add(new TaskHistoryEntry(history.size() + 1, at, actor, action, status, partnerId,
                code == null ? null : code.name(), note));
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public TaskType type() {
        return type;
    }

    public UUID leadId() {
        return leadId;
    }

    public TaskOrigin origin() {
        return origin;
    }

    public UUID decisionId() {
        return decisionId;
    }

    public TaskStatus status() {
        return status;
    }

    public UUID suggestedPartnerId() {
        return suggestedPartnerId;
    }

    /** Who has the task and until when; empty while it waits in the queue (and once it was called off there). */
    public Optional<Assignment> assignment() {
        return Optional.ofNullable(assignment);
    }

    public UUID assignedPartnerId() {
        return assignment == null ? null : assignment.partnerId();
    }

    public boolean isAssignedTo(UUID partnerId) {
        return partnerId != null && partnerId.equals(assignedPartnerId());
    }

    public String overrideReason() {
        return assignment == null ? null : assignment.overrideReason();
    }

    public String notes() {
        return notes;
    }

    public boolean urgent() {
        return urgent;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Owner owner() {
        return owner;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String assignedBy() {
        return assignment == null ? null : assignment.assignedBy();
    }

    public Instant assignedAt() {
        return assignment == null ? null : assignment.assignedAt();
    }

    public Instant acceptBy() {
        return assignment == null ? null : assignment.acceptBy();
    }

    public Instant returnAt() {
        return assignment == null ? null : assignment.returnAt();
    }

    public Instant overdueAt() {
        return assignment == null ? null : assignment.overdueAt();
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public Instant contactedAt() {
        return contactedAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public CompletionOutcome outcome() {
        return outcome;
    }

    public String outcomeNote() {
        return outcomeNote;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public CancelReason cancelReason() {
        return cancelReason;
    }

    public List<UUID> declinedPartnerIds() {
        return Collections.unmodifiableList(declinedPartnerIds);
    }

    public List<UUID> missedDeadlinePartnerIds() {
        return Collections.unmodifiableList(missedDeadlinePartnerIds);
    }

    public List<TaskHistoryEntry> history() {
        return Collections.unmodifiableList(history);
    }

    public List<PartnerCall> calls() {
        return Collections.unmodifiableList(calls);
    }

    /** When the assigned partner must accept by, and when the task returns to the queue if they do not. */
    public record AcceptDeadline(Instant acceptBy, Instant returnAt) {
    }
}
