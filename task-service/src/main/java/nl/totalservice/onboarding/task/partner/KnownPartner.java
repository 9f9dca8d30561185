package nl.totalservice.onboarding.task.partner;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import nl.totalservice.onboarding.task.calendar.DayRange;
import org.hibernate.annotations.BatchSize;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
    @ElementCollection
    @CollectionTable(name = "known_partner_unavailability", joinColumns = @JoinColumn(name = "partner_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    private List<UnavailableDays> unavailable = new ArrayList<>();

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
        if (details.unavailable() != null) {
            // an older producer sends no list: keep what we know rather than forget it
            unavailable.clear();
            details.unavailable().forEach(range -> unavailable.add(new UnavailableDays(range)));
        }
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

    /** The days the partner is unavailable: its deadlines' clocks pause then. */
    public List<DayRange> unavailable() {
        return unavailable.stream().map(UnavailableDays::range).toList();
    }

    /**
     * A partner snapshot as task-service keeps it.
     *
     * @param unavailable the partner's unavailable days, or null when the snapshot did not say
     */
    public record PartnerDetails(String name, String contactName, String email, String phone, boolean active,
                                 List<DayRange> unavailable) {
    }
}
