package nl.totalservice.onboarding.notification.intake.payload;


import java.time.Instant;
import java.util.UUID;

/** What we read of {@code TaskOverdue}: the partner missed the deadline to accept. */
public record TaskOverdue(UUID taskId, UUID leadId, Owner owner, UUID partnerId, String partnerName,
                          Instant acceptBy, boolean urgent, LeadSummary lead, Instant deliverAfter,
                          String deliverAfterReason) {

    public TaskOverdue {
        Require.present(taskId, "TaskOverdue", "taskId");
        Require.present(partnerId, "TaskOverdue", "partnerId");
    }
}
