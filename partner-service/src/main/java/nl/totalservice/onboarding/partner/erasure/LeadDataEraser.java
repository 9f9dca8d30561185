package nl.totalservice.onboarding.partner.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.totalservice.onboarding.partner.Topics;
import nl.totalservice.onboarding.partner.erasure.event.LeadDataErased;
import nl.totalservice.onboarding.partner.matching.MatchDecisionRepository;
import nl.totalservice.onboarding.partner.matching.RoutedLead;
import nl.totalservice.onboarding.partner.matching.RoutedLeadRepository;
import nl.totalservice.onboarding.platform.messaging.outbox.Outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Erasure on request (lead-service's {@code LeadErased}): the lead's routing input and its decisions'
 * stored inputs lose the customer's data; confirmed with {@code LeadDataErased} in the same transaction.
 */
@ApplicationScoped
public class LeadDataEraser {

    private final RoutedLeadRepository leads;
    private final MatchDecisionRepository decisions;
    private final Outbox outbox;
    private final Clock clock;

    public LeadDataEraser(RoutedLeadRepository leads, MatchDecisionRepository decisions, Outbox outbox, Clock clock) {
        this.leads = leads;
        this.decisions = decisions;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public void erase(UUID leadId) {
        Instant now = clock.instant();
        RoutedLead lead = leads.findById(leadId);
        if (lead != null) {
            lead.eraseCustomerData(now);
            leads.flush();
        }
        int erased = decisions.eraseLeadInputs(leadId);
        outbox.publish(Topics.PARTNER_EVENTS, new LeadDataErased(UUID.randomUUID(), now, leadId,
                LeadDataErased.SERVICE, erased));
    }
}
