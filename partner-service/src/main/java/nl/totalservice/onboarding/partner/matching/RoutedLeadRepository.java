package nl.totalservice.onboarding.partner.matching;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.UUID;

/** The leads as partner-service follows them ({@code routed_lead}). */
@ApplicationScoped
public class RoutedLeadRepository implements PanacheRepositoryBase<RoutedLead, UUID> {

    /** The lead, or a new one in status NEW (events of one lead may arrive before its interest). */
    public RoutedLead findOrCreate(UUID leadId, Instant now) {
        RoutedLead lead = findById(leadId);
        if (lead == null) {
            lead = RoutedLead.create(leadId, now);
            persist(lead);
        }
        return lead;
    }
}
