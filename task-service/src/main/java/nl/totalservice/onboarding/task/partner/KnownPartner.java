package nl.totalservice.onboarding.task.partner;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** task-service's copy of a partner firm, kept from partner-service's snapshots. */
@Entity
@Table(name = "known_partner")
public class KnownPartner {

    @Id
    private UUID id;
    private String name;
    private String contactName;
    private String email;
    private String phone;
    private boolean active;
    private Long sourceVersion;
    private Instant updatedAt;

    protected KnownPartner() {
    }

    KnownPartner(UUID id) {
        this.id = id;
    }

    /** Takes the snapshot unless it is older than what we hold (by partner-service's version). */
    boolean apply(PartnerDetails details, Long version, Instant now) {
        if (version != null && sourceVersion != null && version < sourceVersion) {
            return false;
        }
        name = details.name() == null ? "(unnamed partner)" : details.name();
        contactName = details.contactName();
        email = details.email();
        phone = details.phone();
        active = details.active();
        sourceVersion = version != null ? version : sourceVersion;
        updatedAt = now;
        return true;
    }

    public UUID id() {
        return id;
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

    public String phone() {
        return phone;
    }

    public boolean active() {
        return active;
    }

    /** A partner snapshot as task-service keeps it. */
    public record PartnerDetails(String name, String contactName, String email, String phone, boolean active) {
    }
}
