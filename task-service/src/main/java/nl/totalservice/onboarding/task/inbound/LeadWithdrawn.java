package nl.totalservice.onboarding.task.inbound;

import java.util.UUID;

/** Tolerant reader of lead-service's {@code LeadWithdrawn}. */
public record LeadWithdrawn(UUID leadId, String reason, String note, String withdrawnBy) {
}
