package nl.totalservice.onboarding.lead.interest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.totalservice.onboarding.lead.interest.event.LeadInterestRecorded;
import nl.totalservice.onboarding.lead.lead.InterestDecision;
import nl.totalservice.onboarding.lead.lead.InterestRevision;
import nl.totalservice.onboarding.lead.lead.InterestRevisions;
import nl.totalservice.onboarding.lead.lead.Lead;
import nl.totalservice.onboarding.lead.lead.LeadRepository;
import nl.totalservice.onboarding.lead.lead.event.LeadEvents;
import nl.totalservice.onboarding.platform.web.http.IfMatch;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Records the customer's interest decision (and revisions of it), keeping every revision. */
@ApplicationScoped
public class InterestService {

    private final LeadRepository leads;
    private final InterestRevisions revisions;
    private final LeadEvents events;
    private final Clock clock;

    public InterestService(LeadRepository leads, InterestRevisions revisions, LeadEvents events, Clock clock) {
        this.leads = leads;
        this.revisions = revisions;
        this.events = events;
        this.clock = clock;
    }

    /** Records the decision; returns the lead as it is now (loaded for its view). */
    @Transactional
    public Lead record(UUID leadId, InterestDecision decision, Long expectedVersion, String by) {
        Lead lead = leads.require(leadId);
        IfMatch.check(expectedVersion, lead.version());
        Instant now = clock.instant();
        int revision = lead.recordInterest(decision, by, now);
        revisions.persist(new InterestRevision(lead.id(), revision, decision, by, now));
        leads.flushChanges();
        events.publish(LeadInterestRecorded.of(lead));
        return leads.loaded(lead);
    }

    /** Every decision recorded for the lead, oldest first; a 404 problem when there is no such lead. */
    @Transactional
    public List<InterestRevision> history(UUID leadId) {
        leads.require(leadId);
        return revisions.ofLead(leadId);
    }
}
