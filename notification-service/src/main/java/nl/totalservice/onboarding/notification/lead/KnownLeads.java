package nl.totalservice.onboarding.notification.lead;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** Remembers the customer behind each lead id, from the lead summaries in task events. */
@ApplicationScoped
public class KnownLeads {

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
        KnownLead lead = KnownLead.findById(leadId);
        if (lead == null) {
            lead = new KnownLead(leadId);
            lead.update(summary, clock.instant());
            lead.persist();
        } else {
            lead.update(summary, clock.instant());
        }
    }

    public Optional<LeadSummary> find(UUID leadId) {
        if (leadId == null) {
            return Optional.empty();
        }
        return KnownLead.<KnownLead>findByIdOptional(leadId).map(KnownLead::summary);
    }
}
