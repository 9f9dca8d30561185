package nl.totalservice.onboarding.task.inbound;

import java.util.UUID;

/** Tolerant reader of lead-service's {@code LeadInterestRecorded}. */
public record LeadInterestRecorded(UUID leadId, Integer revision, Boolean interested, String reason, String note,
                                   String recordedBy) {
}
