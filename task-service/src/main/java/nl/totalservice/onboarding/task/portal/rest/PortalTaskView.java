package nl.totalservice.onboarding.task.portal.rest;

import nl.totalservice.onboarding.task.followup.CompletionOutcome;
import nl.totalservice.onboarding.task.followup.FollowUpTask;
import nl.totalservice.onboarding.task.followup.Owner;
import nl.totalservice.onboarding.task.followup.TaskStatus;
import nl.totalservice.onboarding.task.followup.TaskType;
import nl.totalservice.onboarding.task.followup.rest.ClockView;
import nl.totalservice.onboarding.task.followup.rest.Lookups;
import nl.totalservice.onboarding.task.lead.LeadSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/**
 * A task as its partner sees it in the portal: what to do and whom to contact, nothing about other
 * partners. Data minimisation: until the partner accepts, the lead shows the company and its place only;
 * the contact person's name, email and phone are personal data the partner needs only once it takes the task on.
 */
@Schema(name = "PartnerTask", description = "A task assigned to the calling partner. Before you accept it shows the "
        + "company, its place, the notes (with the reason you were suggested) and the owner; the contact person's "
        + "name, email and phone appear once you accepted (contactDetailsShared)")
public record PortalTaskView(
        @Schema(description = "Task id", examples = "3c9a7f10-2b1e-4d8a-9e4f-6a5b4c3d2e1f")
        UUID id,
        @Schema(description = "Version; send it back as If-Match to refuse stale changes", examples = "2")
        long version,
        @Schema(description = "Kind of task", examples = "LEAD_FOLLOW_UP")
        TaskType type,
        @Schema(description = "ASSIGNED (accept or decline), ACCEPTED, CUSTOMER_CONTACTED, COMPLETED, CANCELLED; "
                + "OPEN only in the answer to your own decline", examples = "ASSIGNED")
        TaskStatus status,
        @Schema(description = "The lead", examples = "8d2e4f60-1a3b-4c5d-8e9f-0a1b2c3d4e5f")
        UUID leadId,
        @Schema(description = "The customer (null while task-service has not received the lead); contactName, email "
                + "and phone are null until you accept", nullable = true)
        LeadSummary lead,
        @Schema(description = "True once you accepted: the lead then carries the contact person's name, email and phone",
                examples = "false")
        boolean contactDetailsShared,
        @Schema(description = "False while the lead's details are not known yet", examples = "true")
        boolean leadDetailsKnown,
        @Schema(description = "The company's sales person, who stays responsible for the customer", nullable = true)
        Owner owner,
        @Schema(description = "What sales already discussed with the customer; for a task opened by partner matching, "
                + "why you were suggested")
        String notes,
        @Schema(description = "Urgent: accept quickly; you will also be phoned", examples = "false")
        boolean urgent,
        @Schema(description = "When sales wants the follow-up done", nullable = true)
        Instant dueAt,
        @Schema(description = "When it was assigned to you", nullable = true)
        Instant assignedAt,
        @Schema(description = "Accept (or decline) by then", nullable = true, examples = "2026-07-03T10:00:00Z")
        Instant acceptBy,
        @Schema(description = "Whether the accept deadline passed", examples = "false")
        boolean overdue,
        @Schema(description = "The clock to your next deadline, in working time: paused outside office hours, on "
                + "holidays, closed days and your own unavailable days (with why and until when); null when none runs",
                nullable = true)
        ClockView clock,
        @Schema(description = "When you accepted", nullable = true)
        Instant acceptedAt,
        @Schema(description = "When you last reported contact with the customer", nullable = true)
        Instant customerContactedAt,
        @Schema(description = "When you completed it", nullable = true)
        Instant completedAt,
        @Schema(description = "The outcome you reported", nullable = true)
        CompletionOutcome outcome) {

    static PortalTaskView of(FollowUpTask task, Lookups lookups) {
        boolean shared = task.acceptedAt() != null;
        LeadSummary lead = lookups.lead(task.leadId());
        return new PortalTaskView(task.id(), task.version(), task.type(), task.status(), task.leadId(),
                lead == null || shared ? lead : lead.withoutContact(), shared, lookups.knowsLead(task.leadId()),
                task.owner(), task.notes(),
                task.urgent(), task.dueAt(), task.assignedAt(), task.acceptBy(), task.overdueAt() != null, lookups.clock(task),
                task.acceptedAt(), task.contactedAt(), task.completedAt(), task.outcome());
    }
}
