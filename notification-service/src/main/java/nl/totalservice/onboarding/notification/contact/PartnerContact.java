package nl.totalservice.onboarding.notification.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Our copy of a partner firm's contact details, from partner-service's snapshots. Only a newer
 * snapshot (higher partner version) replaces it, so events arriving out of order do no harm.
 */
@Entity
@Table(name = "partner_contact")
public class PartnerContact {

    @Id
    @Column(name = "partner_id")
    private UUID partnerId;

    @Column(name = "partner_version", nullable = false)
    private long partnerVersion;

    @Column(nullable = false)
    private String name;

    @Column(name = "contact_name")
    private String contactName;

    private String email;

    private String phone;

    @Column(name = "preferred_language")
    private String preferredLanguage;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "source_event_id", nullable = false)
    private String sourceEventId;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected PartnerContact() {
    }

    static PartnerContact from(PartnerSnapshot snapshot, String eventId, Instant now) {
        PartnerContact contact = new PartnerContact();
        contact.partnerId = snapshot.partnerId();
        contact.partnerVersion = -1;
        contact.apply(snapshot, eventId, now);
        return contact;
    }

    /** Takes the snapshot when it is newer than what we hold; returns whether it did. */
    boolean apply(PartnerSnapshot snapshot, String eventId, Instant now) {
        if (snapshot.version() <= partnerVersion) {
            return false;
        }
        partnerVersion = snapshot.version();
        name = snapshot.name();
        contactName = snapshot.contactName();
        email = blankToNull(snapshot.email());
        phone = blankToNull(snapshot.phone());
        preferredLanguage = snapshot.preferredLanguage();
        active = snapshot.active();
        updatedAt = now;
        sourceEventId = eventId;
        return true;
    }

    /** A partner can be notified once we know where to email it. */
    public boolean isReachable() {
        return email != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public UUID partnerId() {
        return partnerId;
    }

    public long partnerVersion() {
        return partnerVersion;
    }

    public String name() {
        return name;
    }

    public String contactName() {
        return contactName;
    }

    public String email() {
        return email;
    }

    public Optional<String> phone() {
        return Optional.ofNullable(phone);
    }

    public String preferredLanguage() {
        return preferredLanguage;
    }

    public boolean active() {
        return active;
    }
}
