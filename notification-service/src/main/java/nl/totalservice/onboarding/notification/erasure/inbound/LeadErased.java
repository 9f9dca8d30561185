package nl.totalservice.onboarding.notification.erasure.inbound;

import java.util.UUID;

/** Tolerant reader of lead-service's {@code LeadErased}: only the lead. */
public record LeadErased(UUID leadId) {
}
