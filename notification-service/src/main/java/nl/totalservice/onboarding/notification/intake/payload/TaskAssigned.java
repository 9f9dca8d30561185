package nl.totalservice.onboarding.notification.intake.payload;


import java.time.Instant;
import java.util.UUID;

/** What we read of task-service's {@code TaskAssigned}: enough to email the partner and, if urgent, raise the call. */
public record TaskAssigned(UUID taskId, UUID leadId, Owner owner, UUID partnerId, String partnerName,
                           boolean urgent, String notes, Instant dueAt, Instant acceptBy, String assignedBy,
                           LeadSummary lead, Instant deliverAfter, String deliverAfterReason) {

    public TaskAssigned {
        Require.present(taskId, "TaskAssigned", "taskId");
        Require.present(partnerId, "TaskAssigned", "partnerId");
    }
}
