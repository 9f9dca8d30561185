package nl.totalservice.onboarding.task.lead;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** task-service's copy of a lead's contact details, kept from lead-service's snapshots. */
@Entity
@Table(name = "known_lead")
public class KnownLead {

    /** What stands where the company name stood once the lead's personal data was erased. */
    public static final String ERASED = "[erased]";

    @Id
    private UUID id;
    private String companyName;
    private String contactName;
    private String email;
    private String phone;
    private String postcode;
    private String city;
    private String ownerEmail;
    private String ownerName;
    @Column(name = "source_version")
    private Long sourceVersion;
    private Instant updatedAt;
    private Instant erasedAt;

    protected KnownLead() {
    }

    KnownLead(UUID id) {
        this.id = id;
    }

    /** Takes the snapshot unless it is older than what we hold (by lead-service's version) or the lead was erased. */
    boolean apply(LeadDetails details, Long version, Instant now) {
        if (erasedAt != null || version != null && sourceVersion != null && version < sourceVersion) {
            return false;
        }
        companyName = details.companyName();
        contactName = details.contactName();
        email = details.email();
        phone = details.phone();
        postcode = details.postcode();
        city = details.city();
        ownerEmail = details.ownerEmail();
        ownerName = details.ownerName();
        sourceVersion = version != null ? version : sourceVersion;
        updatedAt = now;
        return true;
    }

    /**
     * Erasure: keeps the place (postcode area and city) and the owner (an employee), drops the company
     * name and the contact person.
     */
    void erase(Instant now) {
        companyName = ERASED;
        contactName = null;
        email = null;
        phone = null;
        postcode = postcode == null || postcode.length() < 4 ? null : postcode.substring(0, 4);
        erasedAt = now;
        updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public LeadSummary summary() {
        return new LeadSummary(companyName, contactName, email, phone, postcode, city);
    }

    public String ownerEmail() {
        return ownerEmail;
    }

    public String ownerName() {
        return ownerName;
    }

    /** A lead snapshot as task-service keeps it. */
    public record LeadDetails(String companyName, String contactName, String email, String phone, String postcode,
                              String city, String ownerEmail, String ownerName) {
    }
}
