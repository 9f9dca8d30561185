package nl.totalservice.onboarding.lead.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.totalservice.onboarding.lead.lead.LeadRepository;

import java.util.List;
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

    /** Everything that happened to the lead, in order; a 404 problem when there is no such lead. */
    @Transactional
    public List<TimelineEntry> of(UUID leadId) {
        leads.require(leadId);
        return timeline.of(leadId);
    }
}
