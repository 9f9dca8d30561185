package nl.totalservice.onboarding.notification.lead;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * The last lead summary we saw in a task event, so that messages about events without one
 * (a decline, no partner available) can still name the customer.
 */
@Entity
@Table(name = "lead_summary")
public class KnownLead extends PanacheEntityBase {

    @Id
    @Column(name = "lead_id")
    private UUID leadId;

    @Column(name = "company_name")
    private String companyName;

    @Column(name = "contact_name")
    private String contactName;

    private String email;

    private String phone;

    private String postcode;

    private String city;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected KnownLead() {
    }

    public LeadSummary summary() {
        return new LeadSummary(companyName, contactName, email, phone, postcode, city);
    }
}
