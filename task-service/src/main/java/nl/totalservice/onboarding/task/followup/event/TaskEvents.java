package nl.totalservice.onboarding.task.followup.event;

import jakarta.enterprise.context.ApplicationScoped;
import nl.totalservice.onboarding.platform.messaging.outbox.Outbox;
import nl.totalservice.onboarding.task.Channels;
import nl.totalservice.onboarding.task.followup.CallAttempt;
import nl.totalservice.onboarding.task.followup.ContactChannel;
import nl.totalservice.onboarding.task.followup.DeclineReason;
import nl.totalservice.onboarding.task.followup.FollowUpTask;
import nl.totalservice.onboarding.task.followup.PartnerCall;
import nl.totalservice.onboarding.task.followup.ReturnReason;
import nl.totalservice.onboarding.task.followup.SuggestionChangeReason;
import nl.totalservice.onboarding.task.lead.LeadDirectory;
import nl.totalservice.onboarding.task.partner.PartnerDirectory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Writes task events to the outbox, in the caller's transaction, from the task's state after the
 * change (plus lead and partner details from the local copies).
 */
@ApplicationScoped
public class TaskEvents {

    private final Outbox outbox;
    private final LeadDirectory leads;
    private final PartnerDirectory partners;

    public TaskEvents(Outbox outbox, LeadDirectory leads, PartnerDirectory partners) {
        this.outbox = outbox;
        this.leads = leads;
        this.partners = partners;
    }

    public void created(FollowUpTask task) {
        publish(new TaskCreated(facts(task, task.createdAt()), task.origin(), task.suggestedPartnerId(), task.notes(),
                task.urgent(), task.dueAt(), task.createdBy(), task.decisionId()));
    }

    public void suggestionChanged(FollowUpTask task, UUID previous, SuggestionChangeReason reason, Instant now) {
        publish(new TaskSuggestionChanged(facts(task, now), task.suggestedPartnerId(), previous, task.decisionId(),
                reason));
    }

    /** {@code deliverAfter}: when the partner's email may go out (null: at once), and why not before. */
    public void assigned(FollowUpTask task, Instant deliverAfter, String deliverAfterReason) {
        publish(new TaskAssigned(facts(task, task.assignedAt()), task.assignedPartnerId(),
                partners.nameOf(task.assignedPartnerId()), task.suggestedPartnerId(), task.overrideReason(),
                task.urgent(), task.notes(), task.dueAt(), task.acceptBy(), task.assignedBy(),
                leads.summaryOf(task.leadId()), deliverAfter, deliverAfterReason));
    }

    public void accepted(FollowUpTask task, UUID partnerId, String actor, Instant now) {
        publish(new TaskAccepted(facts(task, now), partnerId, actor));
    }

    public void declined(FollowUpTask task, UUID partnerId, DeclineReason reason, String note, String actor, Instant now) {
        publish(new TaskDeclined(facts(task, now), partnerId, reason, note, actor, List.copyOf(task.declinedPartnerIds())));
    }

    public void customerContacted(FollowUpTask task, UUID partnerId, ContactChannel channel, String note, Instant now) {
        publish(new TaskCustomerContacted(facts(task, now), partnerId, task.contactedAt(), channel, note));
    }

    public void completed(FollowUpTask task, UUID partnerId, Instant now) {
        publish(new TaskCompleted(facts(task, now), partnerId, task.outcome(), task.outcomeNote()));
    }

    /** Published by the deadline scheduler; {@code deliverAfter}: when the reminder may go out (null: at once). */
    public void overdue(FollowUpTask task, Instant now, Instant deliverAfter, String deliverAfterReason) {
        publish(new TaskOverdue(facts(task, now), task.assignedPartnerId(), partners.nameOf(task.assignedPartnerId()),
                task.acceptBy(), task.urgent(), leads.summaryOf(task.leadId()), deliverAfter, deliverAfterReason));
    }

    /** Published by the deadline scheduler. */
    public void returnedToQueue(FollowUpTask task, UUID latePartnerId, Instant now) {
        publish(new TaskReturnedToQueue(facts(task, now), latePartnerId, ReturnReason.ACCEPT_DEADLINE_MISSED,
                leads.summaryOf(task.leadId())));
    }

    public void cancelled(FollowUpTask task, UUID partnerId, String actor, String note, Instant now) {
        publish(new TaskCancelled(facts(task, now), task.cancelReason(), note, partnerId, actor));
    }

    public void callRequested(FollowUpTask task, PartnerCall call) {
        publish(new TaskCallRequested(facts(task, call.createdAt()), call.id(), call.partnerId(), call.assignee(),
                call.dueAt()));
    }

    public void callRecorded(FollowUpTask task, PartnerCall call, CallAttempt attempt) {
        publish(new TaskCallRecorded(facts(task, attempt.at()), call.id(), call.partnerId(), attempt.outcome(),
                attempt.callBackAt(), attempt.recordedBy(), attempt.note()));
    }

    /** Published by the deadline scheduler. */
    public void callEscalated(FollowUpTask task, PartnerCall call, Instant now) {
        publish(new TaskCallEscalated(facts(task, now), call.id(), call.partnerId(), call.assignee(), call.dueAt()));
    }

    private static TaskFacts facts(FollowUpTask task, Instant occurredAt) {
        return TaskFacts.of(task, occurredAt);
    }

    private void publish(TaskEvent event) {
        outbox.publish(Channels.TASK_EVENTS, event);
    }
}
