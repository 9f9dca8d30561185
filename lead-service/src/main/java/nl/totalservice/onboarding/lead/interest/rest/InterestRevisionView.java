package nl.totalservice.onboarding.lead.interest.rest;

import nl.totalservice.onboarding.lead.lead.InterestReason;
import nl.totalservice.onboarding.lead.lead.InterestRevision;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** One recorded interest decision. */
@Schema(name = "InterestRevision", description = "One interest decision as it was recorded")
public record InterestRevisionView(
        @Schema(description = "Revision number, 1 for the first decision", examples = "1") int revision,
        @Schema(description = "Whether the customer was interested", examples = "false") boolean interested,
        @Schema(description = "Why not (null when interested)") InterestReason reason,
        @Schema(description = "Note, or null", examples = "Wants to decide after the summer") String note,
        @Schema(description = "Who recorded it", examples = "sanne.devries@totalservice.nl") String recordedBy,
        @Schema(description = "When it was recorded", examples = "2026-07-01T09:35:00Z") Instant recordedAt) {

    public static InterestRevisionView of(InterestRevision revision) {
        return new InterestRevisionView(revision.revision(), revision.interested(), revision.reason(), revision.note(),
                revision.recordedBy(), revision.recordedAt());
    }
}
