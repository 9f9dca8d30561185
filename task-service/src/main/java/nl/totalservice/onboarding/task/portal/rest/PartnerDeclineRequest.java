package nl.totalservice.onboarding.task.portal.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.totalservice.onboarding.task.followup.DeclineReason;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** The decline a partner gave by phone or email, recorded by the coordinator. */
@Schema(name = "PartnerDeclineRequest", description = "The decline a partner gave by phone or email, recorded by the coordinator")
public record PartnerDeclineRequest(
        @Schema(description = "The partner who declines: the one the task is assigned to now",
                examples = "5b0e6f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b")
        @NotNull UUID partnerId,
        @Schema(description = "Reason code", examples = "UNAVAILABLE")
        @NotNull DeclineReason reason,
        @Schema(description = "Explanation; required for OTHER", maxLength = 2000,
                examples = "Said on the phone: on leave until March", nullable = true)
        @Size(max = 2000) String note) {
}
