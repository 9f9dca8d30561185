package nl.totalservice.onboarding.lead.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.totalservice.onboarding.lead.lead.LeadRepository;
import nl.totalservice.onboarding.lead.timeline.rest.TimelineView;

import java.util.UUID;

/** Reads a lead's progress view. */
@ApplicationScoped
public class TimelineService {

    private final LeadRepository leads;
    private final Timeline timeline;

    public TimelineService(LeadRepository leads, Timeline timeline) {
        this.leads = leads;
        this.timeline = timeline;
    }

    @Transactional
    public TimelineView of(UUID leadId) {
        leads.require(leadId);
        return new TimelineView(leadId, timeline.of(leadId).stream().map(TimelineView.Entry::of).toList());
    }
}
