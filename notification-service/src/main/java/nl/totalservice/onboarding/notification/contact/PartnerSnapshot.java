package nl.totalservice.onboarding.notification.contact;

import java.util.UUID;

/**
 * What we read of {@code PartnerRegistered} / {@code PartnerUpdated} (partner-events): the contact
 * details a message needs. A tolerant reader: other fields are ignored.
 */
public record PartnerSnapshot(UUID partnerId, Long version, String name, String contactName, String email,
                              String phone, String preferredLanguage, Boolean active) {

    public PartnerSnapshot {
        if (partnerId == null) {
            throw new IllegalArgumentException("partner snapshot without partnerId");
        }
        if (version == null) {
            throw new IllegalArgumentException("partner snapshot " + partnerId + " without version");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("partner snapshot " + partnerId + " without name");
        }
        active = active == null || active;
    }
}
