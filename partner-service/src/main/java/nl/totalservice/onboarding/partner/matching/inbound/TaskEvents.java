package nl.totalservice.onboarding.partner.matching.inbound;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Tolerant readers of task-service's events: only the fields partner-service uses. */
public final class TaskEvents {

    private TaskEvents() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TaskDeclined(UUID taskId, UUID leadId, UUID partnerId, List<UUID> declinedPartnerIds) {

        /** Every partner that declined the task: {@code declinedPartnerIds} and {@code partnerId}. */
        public List<UUID> decliners() {
            List<UUID> decliners = new ArrayList<>();
            if (declinedPartnerIds != null) {
                declinedPartnerIds.stream().filter(Objects::nonNull).forEach(decliners::add);
            }
            if (partnerId != null) {
                decliners.add(partnerId);
            }
            return decliners;
        }
    }

    /** TaskAssigned, TaskAccepted, TaskReturnedToQueue and TaskCancelled: which partner (if any), for which lead. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TaskPartner(UUID taskId, UUID leadId, UUID partnerId) {
    }
}
