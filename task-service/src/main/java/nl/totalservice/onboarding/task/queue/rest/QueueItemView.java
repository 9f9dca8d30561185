package nl.totalservice.onboarding.task.queue.rest;

import nl.totalservice.onboarding.task.followup.FollowUpTask;
import nl.totalservice.onboarding.task.followup.Owner;
import nl.totalservice.onboarding.task.followup.TaskOrigin;
import nl.totalservice.onboarding.task.followup.TaskType;
import nl.totalservice.onboarding.task.followup.rest.ClockView;
import nl.totalservice.onboarding.task.followup.rest.Lookups;
import nl.totalservice.onboarding.task.followup.rest.PartnerRefView;
import nl.totalservice.onboarding.task.lead.LeadSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A task in the coordinator's queue: what is needed to pick a partner. */
@Schema(name = "QueueItem", description = "An open task waiting for the coordinator to assign it")
public record QueueItemView(
        @Schema(description = "Task id", examples = "3c9a7f10-2b1e-4d8a-9e4f-6a5b4c3d2e1f")
        UUID id,
        @Schema(description = "Version, for If-Match on the assignment", examples = "1")
        long version,
        @Schema(description = "Kind of task", examples = "LEAD_FOLLOW_UP")
        TaskType type,
        @Schema(description = "MATCHED or MANUAL", examples = "MATCHED")
        TaskOrigin origin,
        @Schema(description = "The lead", examples = "8d2e4f60-1a3b-4c5d-8e9f-0a1b2c3d4e5f")
        UUID leadId,
        @Schema(description = "The customer (null while unknown to task-service)", nullable = true)
        LeadSummary lead,
        @Schema(description = "Urgent tasks come first", examples = "true")
        boolean urgent,
        @Schema(description = "Notes from sales or the matching explanation")
        String notes,
        @Schema(description = "When sales wants it done; within the same urgency the least working time left comes first "
                + "(tasks without one after those with one)", nullable = true)
        Instant dueAt,
        @Schema(description = "The clock to the due time: working time left, paused outside working time (null "
                + "without a due time)", nullable = true)
        ClockView clock,
        @Schema(description = "The responsible sales person", nullable = true)
        Owner owner,
        @Schema(description = "The suggested partner (null: pick by hand, e.g. after a decline or when none is available)",
                nullable = true)
        PartnerRefView suggestedPartner,
        @Schema(description = "Partners who declined; they cannot be assigned again")
        List<PartnerRefView> declinedPartners,
        @Schema(description = "Partners who let the accept deadline pass on this task")
        List<PartnerRefView> missedDeadlinePartners,
        @Schema(description = "When the task was opened (older first within the same urgency)", examples = "2026-07-01T09:30:00Z")
        Instant createdAt) {

    static QueueItemView of(FollowUpTask task, Lookups lookups) {
        return new QueueItemView(task.id(), task.version(), task.type(), task.origin(), task.leadId(),
                lookups.lead(task.leadId()), task.urgent(), task.notes(), task.dueAt(), lookups.clock(task), task.owner(),
                lookups.ref(task.suggestedPartnerId()), lookups.refs(task.declinedPartnerIds()),
                lookups.refs(task.missedDeadlinePartnerIds()), task.createdAt());
    }
}
