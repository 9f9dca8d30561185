package nl.totalservice.onboarding.lead.registration.event;

import nl.totalservice.onboarding.lead.lead.Address;
import nl.totalservice.onboarding.lead.lead.Contact;
import nl.totalservice.onboarding.lead.lead.Coordinates;
import nl.totalservice.onboarding.lead.lead.Lead;
import nl.totalservice.onboarding.lead.lead.LeadSource;
import nl.totalservice.onboarding.lead.lead.Owner;
import nl.totalservice.onboarding.lead.lead.Wish;
import nl.totalservice.onboarding.lead.lead.event.LeadEvent;

import java.time.Instant;
import java.util.UUID;

/** Sales corrected the lead's details: the full current snapshot (docs/events.md, lead-events). */
public record LeadUpdated(UUID eventId, Instant occurredAt, UUID leadId, String companyName, String kvkNumber,
                          Contact contact, Address address, String pc4, Coordinates location, Owner owner,
                          LeadSource source, Wish wish, String registeredBy, long version,
                          String updatedBy) implements LeadEvent {

    /** {@code version} is the lead's version after the change (flush first). */
    public static LeadUpdated of(Lead lead, String updatedBy) {
        return new LeadUpdated(UUID.randomUUID(), lead.updatedAt(), lead.id(), lead.companyName(), lead.kvkNumber(),
                lead.contact(), lead.address(), lead.address().pc4(), lead.coordinates(), lead.owner(), lead.source(),
                lead.wish(), lead.registeredBy(), lead.version(), updatedBy);
    }

    @Override
    public String summary() {
        return "Lead details changed by " + updatedBy;
    }
}
