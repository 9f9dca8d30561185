package nl.totalservice.onboarding.lead.interest.event;

import nl.totalservice.onboarding.lead.lead.Coordinates;
import nl.totalservice.onboarding.lead.lead.InterestReason;
import nl.totalservice.onboarding.lead.lead.Lead;
import nl.totalservice.onboarding.lead.lead.Owner;
import nl.totalservice.onboarding.lead.lead.Wish;
import nl.totalservice.onboarding.lead.lead.event.LeadEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * Sales recorded (or revised) the customer's interest (docs/events.md, lead-events). Carries the
 * routing input, so partner-service never has to call back.
 */
public record LeadInterestRecorded(UUID eventId, Instant occurredAt, UUID leadId, int revision, boolean interested,
                                   InterestReason reason, String note, String recordedBy, String companyName,
                                   String postcode, String pc4, Coordinates location, Wish wish,
                                   Owner owner) implements LeadEvent {

    public static LeadInterestRecorded of(Lead lead) {
        var interest = lead.interest();
        return new LeadInterestRecorded(UUID.randomUUID(), interest.recordedAt(), lead.id(), interest.revision(),
                interest.interested(), interest.reason(), interest.note(), interest.recordedBy(), lead.companyName(),
                lead.address().postcode(), lead.address().pc4(), lead.coordinates(), lead.wish(), lead.owner());
    }

    @Override
    public String summary() {
        String decision = interested ? "Interested in the total service"
                : "Not interested in the total service: " + reason.label();
        return decision + (note == null ? "" : " (" + note + ")") + "; recorded by " + recordedBy
                + (revision > 1 ? " (revision " + revision + ")" : "");
    }
}
