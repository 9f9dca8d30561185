package nl.totalservice.onboarding.lead.lead.rest;

import nl.totalservice.onboarding.lead.lead.Interest;
import nl.totalservice.onboarding.lead.lead.InterestReason;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** The lead's current interest decision. */
@Schema(name = "Interest", description = "The customer's current decision about the total service")
public record InterestView(
        @Schema(description = "Revision of the decision (1 for the first)", examples = "2") int revision,
        @Schema(description = "Whether the customer is interested", examples = "false") boolean interested,
        @Schema(description = "Why not (null when interested)") InterestReason reason,
        @Schema(description = "Note, or null", examples = "Brother-in-law does the accounts") String note,
        @Schema(description = "Who recorded this decision", examples = "sanne.devries@totalservice.nl") String recordedBy,
        @Schema(description = "When this decision was recorded", examples = "2026-07-01T09:45:00Z") Instant recordedAt,
        @Schema(description = "When the first decision was recorded (the report's month)",
                examples = "2026-07-01T09:35:00Z") Instant firstRecordedAt) {

    public static InterestView of(Interest interest) {
        if (!interest.isRecorded()) {
            return null;
        }
        return new InterestView(interest.revision(), interest.interested(), interest.reason(), interest.note(),
                interest.recordedBy(), interest.recordedAt(), interest.firstRecordedAt());
    }
}
