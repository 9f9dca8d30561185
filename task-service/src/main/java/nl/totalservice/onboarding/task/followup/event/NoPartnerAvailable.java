package nl.totalservice.onboarding.task.followup.event;

import nl.totalservice.onboarding.task.followup.Owner;

import java.util.List;
import java.util.UUID;

/** Tolerant reader of partner-service's {@code NoPartnerAvailable}. */
public record NoPartnerAvailable(UUID decisionId, UUID leadId, String trigger, List<String> reasons,
                                 String explanation, Owner owner, UUID taskId) {
}
