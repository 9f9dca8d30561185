package nl.totalservice.onboarding.task.inbound;

import nl.totalservice.onboarding.task.followup.Owner;
import nl.totalservice.onboarding.task.lead.KnownLead;

import java.util.UUID;

/** Tolerant reader of lead-service's {@code LeadRegistered} and {@code LeadUpdated} (full snapshots). */
public record LeadSnapshot(UUID leadId, Long version, String companyName, Contact contact, Address address,
                           Owner owner) {

    public record Contact(String name, String email, String phone) {
    }

    public record Address(String postcode, String city) {
    }

    public record Owner(String email, String name) {
    }

    public KnownLead.LeadDetails details() {
        return new KnownLead.LeadDetails(companyName,
                contact == null ? null : contact.name(),
                contact == null ? null : contact.email(),
                contact == null ? null : contact.phone(),
                address == null ? null : address.postcode(),
                address == null ? null : address.city(),
                owner == null ? null : owner.email(),
                owner == null ? null : owner.name());
    }
}
