package nl.totalservice.onboarding.notification.intake.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "ParkedEvent", description = "An event waiting for the contact details of its partner (PartnerRegistered).")
public record ParkedEventView(
        @Schema(description = "Event id (ce_id)", examples = "7f0c2f7e-1d2b-4c55-8a3e-2b6f9d1e4a77") String eventId,
        @Schema(description = "Event type (ce_type)", examples = "TaskAssigned") String eventType,
        @Schema(description = "The partner we do not know (or cannot email) yet",
                examples = "9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d") UUID partnerId,
        @Schema(description = "When the event happened", examples = "2026-07-01T09:30:00Z") Instant occurredAt,
        @Schema(description = "Since when it waits", examples = "2026-07-01T09:30:01Z") Instant parkedAt) {
}
