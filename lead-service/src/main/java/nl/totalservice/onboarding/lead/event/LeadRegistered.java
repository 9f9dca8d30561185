package nl.totalservice.onboarding.lead.event;

import nl.totalservice.onboarding.lead.Address;
import nl.totalservice.onboarding.lead.Contact;
import nl.totalservice.onboarding.lead.Coordinates;
import nl.totalservice.onboarding.lead.Lead;
import nl.totalservice.onboarding.lead.LeadSource;
import nl.totalservice.onboarding.lead.Owner;
import nl.totalservice.onboarding.lead.Wish;

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
