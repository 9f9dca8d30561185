package nl.totalservice.onboarding.notification.lead;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hibernate.query.NativeQuery;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Remembers the customer behind each lead id, from the lead summaries in task events. */
@ApplicationScoped
public class KnownLeads {

    private static final String UPSERT = "insert into lead_summary (lead_id, company_name, contact_name, email, "
            + "phone, postcode, city, updated_at, row_version) values (:leadId, :companyName, :contactName, :email, "
            + ":phone, :postcode, :city, :now, 0) on conflict (lead_id) do update set "
            + "company_name = excluded.company_name, contact_name = excluded.contact_name, email = excluded.email, "
            + "phone = excluded.phone, postcode = excluded.postcode, city = excluded.city, "
            + "updated_at = excluded.updated_at, row_version = lead_summary.row_version + 1";

    private final Clock clock;

    public KnownLeads(Clock clock) {
        this.clock = clock;
    }

    /** Remembers {@code summary} for {@code leadId} (the newest event wins: task events of one task are ordered). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(UUID leadId, LeadSummary summary) {
        if (leadId == null || summary == null) {
            return;
        }
        // one statement per event: this runs for every task event
        Panache.getEntityManager().createNativeQuery(UPSERT).unwrap(NativeQuery.class)
                .setParameter("leadId", leadId, UUID.class)
                .setParameter("companyName", summary.companyName(), String.class)
                .setParameter("contactName", summary.contactName(), String.class)
                .setParameter("email", summary.email(), String.class)
                .setParameter("phone", summary.phone(), String.class)
                .setParameter("postcode", summary.postcode(), String.class)
                .setParameter("city", summary.city(), String.class)
                .setParameter("now", clock.instant(), Instant.class)
                .executeUpdate();
    }

    public Optional<LeadSummary> find(UUID leadId) {
        if (leadId == null) {
            return Optional.empty();
        }
        return KnownLead.<KnownLead>findByIdOptional(leadId).map(KnownLead::summary);
    }
}
