package nl.totalservice.onboarding.partner.matching.rest;

import nl.totalservice.onboarding.partner.matching.PartnerLoadCheck;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A partner whose kept load differs from the one recomputed from the leads and the assignment log. */
@Schema(name = "PartnerLoadDrift", description = "A partner whose kept load (used by decisions) differs from the one "
        + "recomputed from the routed leads and the assignment log")
public record PartnerLoadDriftView(
        @Schema(description = "The partner", examples = "3f2a9c1e-5b6d-4e7f-8a9b-0c1d2e3f4a5b") UUID partnerId,
        @Schema(description = "Open assignments counted from the routed leads", examples = "3")
        int expectedOpenAssignments,
        @Schema(description = "Open assignments kept for decisions", examples = "4") int keptOpenAssignments,
        @Schema(description = "Latest assignment in the log", examples = "2026-06-30T14:02:11Z")
        Instant expectedLastAssignedAt,
        @Schema(description = "Last assignment kept for decisions", examples = "2026-06-30T14:02:11Z")
        Instant keptLastAssignedAt) {

    static PartnerLoadDriftView of(PartnerLoadCheck.Drift drift) {
        return new PartnerLoadDriftView(drift.partnerId(), drift.expectedOpenAssignments(),
                drift.keptOpenAssignments(), drift.expectedLastAssignedAt(), drift.keptLastAssignedAt());
    }
}
