package nl.totalservice.onboarding.notification.intake.payload;

import java.util.List;
import java.util.UUID;

/** What we read of {@code TaskDeclined}: the owner must hear who declined and why. */
public record TaskDeclined(UUID taskId, UUID leadId, Owner owner, UUID partnerId, String reason, String note,
                           String declinedBy, List<UUID> declinedPartnerIds) {

    public TaskDeclined {
        Require.present(taskId, "TaskDeclined", "taskId");
        declinedPartnerIds = declinedPartnerIds == null ? List.of() : List.copyOf(declinedPartnerIds);
    }
}
