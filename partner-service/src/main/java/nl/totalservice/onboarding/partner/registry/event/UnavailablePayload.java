package nl.totalservice.onboarding.partner.registry.event;

import java.time.LocalDate;

/**
 * One period in which the partner is unavailable, in its events (docs/events.md): both days included.
 * task-service pauses the partner's task deadlines then.
 */
public record UnavailablePayload(LocalDate from, LocalDate to, String reason) {
}
