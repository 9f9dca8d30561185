package nl.totalservice.onboarding.notification.intake.payload;


import java.util.UUID;

/** What we read of {@code TaskReturnedToQueue}: the task is the coordinator's again. */
public record TaskReturnedToQueue(UUID taskId, UUID leadId, Owner owner, UUID partnerId, String reason,
                                  LeadSummary lead) {

    public TaskReturnedToQueue {
        Require.present(taskId, "TaskReturnedToQueue", "taskId");
    }
}
