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

/** Sales registered a lead (docs/events.md, lead-events). */
public record LeadRegistered(UUID eventId, Instant occurredAt, UUID leadId, String companyName, String kvkNumber,
                             Contact contact, Address address, String pc4, Coordinates location, Owner owner,
                             LeadSource source, Wish wish, String registeredBy) implements LeadEvent {

    public static LeadRegistered of(Lead lead) {
        return new LeadRegistered(UUID.randomUUID(), lead.registeredAt(), lead.id(), lead.companyName(),
                lead.kvkNumber(), lead.contact(), lead.address(), lead.address().pc4(), lead.coordinates(),
                lead.owner(), lead.source(), lead.wish(), lead.registeredBy());
    }

    @Override
    public String summary() {
        return "Lead " + companyName + " registered by " + registeredBy + " (source " + source + ", owner "
                + owner.email() + ")" + (wish == null ? "" : "; the customer wishes partner " + wish.partnerId()
                + " (" + wish.kind() + ")");
    }
}
