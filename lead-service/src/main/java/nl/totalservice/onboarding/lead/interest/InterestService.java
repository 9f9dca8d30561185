package nl.totalservice.onboarding.lead.interest;

import nl.totalservice.onboarding.lead.lead.InterestDecision;
import nl.totalservice.onboarding.lead.lead.InterestRevision;
import nl.totalservice.onboarding.lead.lead.InterestRevisions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.totalservice.onboarding.lead.lead.Lead;
import nl.totalservice.onboarding.lead.lead.event.LeadEvents;
import nl.totalservice.onboarding.lead.lead.LeadRepository;
import nl.totalservice.onboarding.lead.interest.event.LeadInterestRecorded;
import nl.totalservice.onboarding.lead.interest.rest.InterestRevisionView;
import nl.totalservice.onboarding.lead.rest.IfMatch;
import nl.totalservice.onboarding.lead.lead.rest.LeadView;
import nl.totalservice.onboarding.lead.lead.rest.LeadViews;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Records the customer's interest decision (and revisions of it), keeping every revision. */
@ApplicationScoped
public class InterestService {

    private final LeadRepository leads;
    private final InterestRevisions revisions;
    private final LeadEvents events;
    private final LeadViews views;

    public InterestService(LeadRepository leads, InterestRevisions revisions, LeadEvents events, LeadViews views) {
        this.leads = leads;
        this.revisions = revisions;
        this.events = events;
        this.views = views;
    }

    @Transactional
    public LeadView record(UUID leadId, InterestDecision decision, Long expectedVersion, String by) {
        Lead lead = leads.require(leadId);
        IfMatch.check(expectedVersion, lead.version());
        Instant now = Instant.now();
        int revision = lead.recordInterest(decision, by, now);
        revisions.persist(new InterestRevision(lead.id(), revision, decision, by, now));
        leads.flushChanges();
        events.publish(LeadInterestRecorded.of(lead));
        return views.of(lead);
    }

    @Transactional
    public List<InterestRevisionView> history(UUID leadId) {
        leads.require(leadId);
        return revisions.ofLead(leadId).stream().map(InterestRevisionView::of).toList();
    }
}
