package nl.totalservice.onboarding.partner.matching.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.UUID;

/** Tolerant readers of task-service's events: only the fields partner-service uses. */
public final class TaskEvents {

    private TaskEvents() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TaskDeclined(UUID taskId, UUID leadId, UUID partnerId, List<UUID> declinedPartnerIds) {
    }

    /** TaskAssigned, TaskAccepted, TaskReturnedToQueue and TaskCancelled: which partner (if any), for which lead. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TaskPartner(UUID taskId, UUID leadId, UUID partnerId) {
    }
}
