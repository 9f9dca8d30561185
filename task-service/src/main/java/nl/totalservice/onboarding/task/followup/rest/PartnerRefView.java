package nl.totalservice.onboarding.task.followup.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A partner firm as a task shows it. */
@Schema(name = "PartnerRef", description = "A partner firm: id and, when task-service knows it, its name")
public record PartnerRefView(
        @Schema(description = "Partner id", examples = "5b0e6f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b")
        UUID id,
        @Schema(description = "Firm name (null while task-service has not heard of the partner)",
                examples = "Accountantskantoor Noord", nullable = true)
        String name) {
}
