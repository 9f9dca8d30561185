package nl.totalservice.onboarding.lead.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.totalservice.onboarding.lead.erasure.event.LeadErased;
import nl.totalservice.onboarding.lead.lead.InterestRevisions;
import nl.totalservice.onboarding.lead.lead.Lead;
import nl.totalservice.onboarding.lead.lead.LeadRepository;
import nl.totalservice.onboarding.lead.lead.event.LeadEvents;
import nl.totalservice.onboarding.lead.timeline.Timeline;

import java.time.Clock;
import java.util.UUID;

/**
 * Erasure on request: anonymises the lead, its interest notes and its timeline, and publishes
 * {@code LeadErased} in the same transaction. A second request changes nothing and answers the same.
 */
@ApplicationScoped
public class ErasureService {

    private final LeadRepository leads;
    private final InterestRevisions revisions;
    private final Timeline timeline;
    private final LeadEvents events;
    private final Clock clock;

    public ErasureService(LeadRepository leads, InterestRevisions revisions, Timeline timeline, LeadEvents events,
                          Clock clock) {
        this.leads = leads;
        this.revisions = revisions;
        this.timeline = timeline;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Lead erase(UUID leadId, String by) {
        Lead lead = leads.require(leadId);
        if (!lead.erase(by, clock.instant())) {
            return lead;
        }
        leads.flushChanges();
        revisions.eraseNotes(leadId);
        timeline.eraseDetails(leadId); // before LeadErased's own entry, which names no personal data
        events.publish(LeadErased.of(lead));
        return lead;
    }
}
