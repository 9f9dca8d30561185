package nl.totalservice.onboarding.task.inbound;

import nl.totalservice.onboarding.task.partner.KnownPartner;

import java.util.UUID;

/** Tolerant reader of partner-service's {@code PartnerRegistered} and {@code PartnerUpdated} (full snapshots). */
public record PartnerSnapshot(UUID partnerId, Long version, String name, String contactName, String email,
                              String phone, Boolean active) {

    public KnownPartner.PartnerDetails details() {
        return new KnownPartner.PartnerDetails(name, contactName, email, phone, Boolean.TRUE.equals(active));
    }
}
