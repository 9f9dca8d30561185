package nl.totalservice.onboarding.lead.timeline.rest;

import com.fasterxml.jackson.annotation.JsonRawValue;
import nl.totalservice.onboarding.lead.timeline.TimelineEntry;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A lead's progress view. */
@Schema(name = "Timeline", description = "Everything that happened to a lead, from every service, in order")
public record TimelineView(
        @Schema(description = "The lead's id", examples = "0b6f5a7e-3f0c-4d51-9a38-0f6c2f1d9e21") UUID leadId,
        @Schema(description = "Entries by time of occurrence, then arrival") List<Entry> entries) {

    @Schema(name = "TimelineEntry", description = "One thing that happened to the lead")
    public record Entry(
            @Schema(description = "Id of the event (ce_id), or of the change", examples = "3f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b")
            String eventId,
            @Schema(description = "When it happened", examples = "2026-07-01T09:46:00Z") Instant occurredAt,
            @Schema(description = "The service it came from", examples = "task-service") String source,
            @Schema(description = "What kind of thing happened (the event type)", examples = "TaskAssigned") String type,
            @Schema(description = "One line for people",
                    examples = "Follow-up assigned to Jansen & De Boer Accountants by carla@totalservice.nl") String summary,
            @Schema(description = "The event's data as published (its JSON body)", type = SchemaType.OBJECT)
            @JsonRawValue String details) {

        public static Entry of(TimelineEntry entry) {
            return new Entry(entry.eventId(), entry.occurredAt(), entry.source(), entry.type(), entry.summary(),
                    entry.details());
        }
    }
}
