package nl.totalservice.onboarding.task.followup.rest;

import nl.totalservice.onboarding.task.followup.CancelReason;
import nl.totalservice.onboarding.task.followup.CompletionOutcome;
import nl.totalservice.onboarding.task.followup.FollowUpTask;
import nl.totalservice.onboarding.task.followup.Owner;
import nl.totalservice.onboarding.task.followup.TaskOrigin;
import nl.totalservice.onboarding.task.followup.TaskStatus;
import nl.totalservice.onboarding.task.followup.TaskType;
import nl.totalservice.onboarding.task.lead.LeadSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A task as sales, the coordinator and ops see it: everything, including its history and calls. */
@Schema(name = "Task", description = "A follow-up task with its full history, as sales, the coordinator and ops see it")
public record TaskView(
        @Schema(description = "Task id", examples = "3c9a7f10-2b1e-4d8a-9e4f-6a5b4c3d2e1f")
        UUID id,
        @Schema(description = "Optimistic-locking version; send it back as If-Match to refuse stale changes", examples = "3")
        long version,
        @Schema(description = "Kind of task (an open list)", examples = "LEAD_FOLLOW_UP")
        TaskType type,
        @Schema(description = "Status; see the state machine in the service README", examples = "OPEN")
        TaskStatus status,
        @Schema(description = "MATCHED (from partner-service's decision) or MANUAL (by sales)", examples = "MANUAL")
        TaskOrigin origin,
        @Schema(description = "The lead", examples = "8d2e4f60-1a3b-4c5d-8e9f-0a1b2c3d4e5f")
        UUID leadId,
        @Schema(description = "Contact details of the lead; null while task-service has not received the lead from lead-service",
                nullable = true)
        LeadSummary lead,
        @Schema(description = "False when task-service has not seen the lead yet: its details follow when lead-service publishes it",
                examples = "true")
        boolean leadDetailsKnown,
        @Schema(description = "The sales person responsible for the lead", nullable = true)
        Owner owner,
        @Schema(description = "What sales already discussed with the customer, or the matching explanation",
                examples = "Wants to meet the accountant before signing; has a webshop with stock.")
        String notes,
        @Schema(description = "Urgent: shorter accept deadline and a phone call to the partner", examples = "false")
        boolean urgent,
        @Schema(description = "When sales wants the follow-up done", examples = "2026-07-10T17:00:00Z", nullable = true)
        Instant dueAt,
        @Schema(description = "The partner suggested to the coordinator (null: pick by hand)", nullable = true)
        PartnerRefView suggestedPartner,
        @Schema(description = "The partner the task is (or was, when final) assigned to", nullable = true)
        PartnerRefView assignedPartner,
        @Schema(description = "Why the coordinator chose another partner than the suggestion", nullable = true,
                examples = "Suggested partner is on holiday")
        String overrideReason,
        @Schema(description = "Partners who declined this task; they cannot be assigned it again")
        List<PartnerRefView> declinedPartners,
        @Schema(description = "Partners who let the accept deadline pass on this task (they may be assigned again)")
        List<PartnerRefView> missedDeadlinePartners,
        @Schema(description = "partner-service's decision behind the suggestion", nullable = true,
                examples = "1e2d3c4b-5a69-4788-99aa-bbccddeeff00")
        UUID decisionId,
        @Schema(description = "Who opened the task", examples = "sanne.devries@totalservice.nl")
        String createdBy,
        @Schema(description = "When it was opened", examples = "2026-07-01T09:30:00Z")
        Instant createdAt,
        @Schema(description = "Last change", examples = "2026-07-01T10:00:00Z")
        Instant updatedAt,
        @Schema(description = "Who assigned it", nullable = true, examples = "carla@totalservice.nl")
        String assignedBy,
        @Schema(description = "When it was assigned", nullable = true)
        Instant assignedAt,
        @Schema(description = "Deadline for the partner to accept: task.deadlines.accept-within of working time "
                + "after the assignment (urgent: urgent-accept-within)", nullable = true, examples = "2026-07-03T10:00:00Z")
        Instant acceptBy,
        @Schema(description = "When the task returns to the queue if still not accepted (working time after acceptBy)",
                nullable = true)
        Instant returnAt,
        @Schema(description = "Whether the accept deadline passed without an answer", examples = "false")
        boolean overdue,
        @Schema(description = "The clock of the next deadline (accept-by, return, or sales' due time in the queue): "
                + "paused outside working time, with why and until when, and the working time left; null when no "
                + "deadline runs", nullable = true)
        ClockView clock,
        @Schema(description = "When the partner accepted", nullable = true)
        Instant acceptedAt,
        @Schema(description = "When the partner last reported contact with the customer", nullable = true)
        Instant customerContactedAt,
        @Schema(description = "When it was completed", nullable = true)
        Instant completedAt,
        @Schema(description = "Outcome reported by the partner", nullable = true, examples = "CUSTOMER_PROCEEDS")
        CompletionOutcome outcome,
        @Schema(description = "The partner's note with the outcome", nullable = true)
        String outcomeNote,
        @Schema(description = "When it was cancelled", nullable = true)
        Instant cancelledAt,
        @Schema(description = "Why it was cancelled", nullable = true, examples = "LEAD_WITHDRAWN")
        CancelReason cancelReason,
        @Schema(description = "Phone calls to partners (urgent assignments)")
        List<CallView> calls,
        @Schema(description = "Who did what, when, oldest first")
        List<HistoryEntryView> history) {

    static TaskView of(FollowUpTask task, Lookups lookups) {
        return new TaskView(task.id(), task.version(), task.type(), task.status(), task.origin(), task.leadId(),
                lookups.lead(task.leadId()), lookups.knowsLead(task.leadId()), task.owner(), task.notes(), task.urgent(),
                task.dueAt(), lookups.ref(task.suggestedPartnerId()), lookups.ref(task.assignedPartnerId()),
                task.overrideReason(), lookups.refs(task.declinedPartnerIds()),
                lookups.refs(task.missedDeadlinePartnerIds()), task.decisionId(), task.createdBy(), task.createdAt(),
                task.updatedAt(), task.assignedBy(), task.assignedAt(), task.acceptBy(), task.returnAt(),
                task.overdueAt() != null, lookups.clock(task), task.acceptedAt(), task.contactedAt(), task.completedAt(), task.outcome(),
                task.outcomeNote(), task.cancelledAt(), task.cancelReason(),
                task.calls().stream().map(call -> CallView.of(task, call, lookups)).toList(),
                task.history().stream().map(HistoryEntryView::of).toList());
    }
}
