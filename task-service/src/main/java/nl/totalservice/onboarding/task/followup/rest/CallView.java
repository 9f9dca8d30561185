package nl.totalservice.onboarding.task.followup.rest;

import nl.totalservice.onboarding.task.followup.CallCloseReason;
import nl.totalservice.onboarding.task.followup.CallStatus;
import nl.totalservice.onboarding.task.followup.FollowUpTask;
import nl.totalservice.onboarding.task.followup.PartnerCall;
import nl.totalservice.onboarding.task.lead.LeadSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A phone call to the partner of an urgent assignment. */
@Schema(name = "Call", description = "A phone call to the partner that an urgent assignment needs")
public record CallView(
        @Schema(description = "Call id", examples = "0f8b6c1e-6a4d-4a57-9d7c-2b8e1f3a4c5d")
        UUID id,
        @Schema(description = "The task it belongs to", examples = "3c9a7f10-2b1e-4d8a-9e4f-6a5b4c3d2e1f")
        UUID taskId,
        @Schema(description = "The task's lead", examples = "8d2e4f60-1a3b-4c5d-8e9f-0a1b2c3d4e5f")
        UUID leadId,
        @Schema(description = "The customer, for context (null while unknown)", nullable = true)
        LeadSummary lead,
        @Schema(description = "Who to phone")
        PartnerContactView partner,
        @Schema(description = "Who must phone", examples = "carla@totalservice.nl")
        String assignee,
        @Schema(description = "OPEN (to be made), DONE (partner reached) or CLOSED (no longer needed)", examples = "OPEN")
        CallStatus status,
        @Schema(description = "When the call should be made (moves on NO_ANSWER and CALL_BACK)", examples = "2026-07-01T10:00:00Z")
        Instant dueAt,
        @Schema(description = "When an unmade call escalates", examples = "2026-07-01T10:30:00Z")
        Instant escalateAt,
        @Schema(description = "When it escalated (null if not, or rescheduled since)", nullable = true)
        Instant escalatedAt,
        @Schema(description = "When it was done or closed", nullable = true)
        Instant closedAt,
        @Schema(description = "Why it was closed: REACHED, TASK_ACCEPTED, TASK_DECLINED, TASK_RETURNED_TO_QUEUE, TASK_CANCELLED",
                examples = "REACHED", nullable = true)
        CallCloseReason closeReason,
        @Schema(description = "Attempts so far, oldest first")
        List<CallAttemptView> attempts) {

    static CallView of(FollowUpTask task, PartnerCall call, Lookups lookups) {
        return new CallView(call.id(), task.id(), task.leadId(), lookups.lead(task.leadId()),
                PartnerContactView.of(call.partnerId(), lookups.partner(call.partnerId())), call.assignee(), call.status(),
                call.dueAt(), call.escalateAt(), call.escalatedAt(), call.closedAt(), call.closeReason(),
                call.attempts().stream().map(CallAttemptView::of).toList());
    }
}
