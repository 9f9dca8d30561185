package nl.totalservice.onboarding.lead.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.totalservice.onboarding.lead.lead.ConfirmationOutcome;
import nl.totalservice.onboarding.lead.lead.Lead;
import nl.totalservice.onboarding.lead.lead.LeadPresence;
import nl.totalservice.onboarding.lead.lead.LeadRepository;
import nl.totalservice.onboarding.lead.lead.PartnerProposal;
import nl.totalservice.onboarding.lead.partner.PartnerService;
import nl.totalservice.onboarding.lead.timeline.Timeline;
import nl.totalservice.onboarding.lead.timeline.TimelineEntry;
import nl.totalservice.onboarding.platform.messaging.inbox.IncomingEvent;
import nl.totalservice.onboarding.platform.messaging.inbox.UnprocessableEventException;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Reads the other services' events: every one goes on the lead's progress view (the timeline), and
 * the two that change a lead go to the partner capability ({@link PartnerService}): PartnerMatched
 * (the proposed partner) and TaskAccepted (the confirmed partner). Only those two load the lead;
 * the others need no more than that it exists and whether it was erased. Runs in the consumer's
 * transaction, after the inbox recorded the event id.
 */
@ApplicationScoped
public class ProgressRecorder {

    private final LeadRepository leads;
    private final Timeline timeline;
    private final PartnerService partners;
    private final Clock clock;

    public ProgressRecorder(LeadRepository leads, Timeline timeline, PartnerService partners, Clock clock) {
        this.leads = leads;
        this.timeline = timeline;
        this.partners = partners;
        this.clock = clock;
    }

    @Transactional
    public void partnerDecision(IncomingEvent event) {
        PartnerDecisionEvent body = event.payloadAs(PartnerDecisionEvent.class);
        Instant at = occurredAt(event, body.occurredAt());
        String summary = body.summary(event.type());
        if ("PartnerMatched".equals(event.type()) && body.partnerId() != null) {
            Lead lead = knownLead(body.leadId(), event);
            record(event, LeadPresence.of(lead), at, summary);
            partners.proposed(lead, new PartnerProposal(body.partnerId(), body.partnerName(), body.rule(),
                    body.decisionId(), at));
        } else {
            record(event, knownPresence(body.leadId(), event), at, summary);
        }
    }

    @Transactional
    public void taskEvent(IncomingEvent event) {
        TaskEvent body = event.payloadAs(TaskEvent.class);
        Instant at = occurredAt(event, body.occurredAt());
        String summary = body.summary(event.type());
        if (!"TaskAccepted".equals(event.type())) {
            record(event, knownPresence(body.leadId(), event), at, summary);
            return;
        }
        Lead lead = knownLead(body.leadId(), event);
        TimelineEntry entry = record(event, LeadPresence.of(lead), at, summary);
        if (body.partnerId() == null) {
            throw new UnprocessableEventException(event + " has no partnerId");
        }
        ConfirmationOutcome outcome = partners.accepted(lead, body.partnerId(), body.taskId(), at);
        entry.addToSummary(switch (outcome) {
            case CONFIRMED -> "; partner confirmed";
            case ALREADY_CONFIRMED -> "; this partner was already confirmed";
            case OTHER_PARTNER_CONFIRMED -> "; not applied: partner " + lead.partner().confirmedPartnerId()
                    + " was confirmed first";
            case LEAD_NOT_READY -> "; not applied: the lead is " + lead.state();
        });
    }

    @Transactional
    public void notification(IncomingEvent event) {
        NotificationEvent body = event.payloadAs(NotificationEvent.class);
        if (body.leadId() == null) {
            return; // a notification about no lead in particular: not part of any progress view
        }
        record(event, knownPresence(body.leadId(), event), occurredAt(event, body.occurredAt()),
                body.summary(event.type()));
    }

    /**
     * A service confirms that it erased what it kept of the lead ({@code LeadDataErased} on its own
     * topic): the timeline says so, with no more than the service's name.
     */
    @Transactional
    public void dataErased(IncomingEvent event) {
        LeadDataErased body = event.payloadAs(LeadDataErased.class);
        LeadPresence lead = knownPresence(body.leadId(), event);
        String service = body.service() == null || body.service().isBlank() ? sourceOf(event) : body.service();
        timeline.recordConsumed(event.id(), lead.id(), occurredAt(event, body.occurredAt()), sourceOf(event),
                event.type(), "Personal data erased by " + service, event.payload());
    }

    /** An event about an erased lead keeps only its type and time: it was sent before the erasure reached its service. */
    private TimelineEntry record(IncomingEvent event, LeadPresence lead, Instant at, String summary) {
        if (lead.erased()) {
            return timeline.recordConsumed(event.id(), lead.id(), at, sourceOf(event), event.type(),
                    event.type() + Timeline.ERASED_SUMMARY, null);
        }
        return timeline.recordConsumed(event.id(), lead.id(), at, sourceOf(event), event.type(), summary, event.payload());
    }

    /**
     * The lead, loaded to be changed. lead-service owns every lead: an event about an unknown one is
     * a bug to inspect in the dead-letter topic.
     */
    private Lead knownLead(UUID leadId, IncomingEvent event) {
        return leads.findByIdOptional(requireLeadId(leadId, event)).orElseThrow(() -> unknownLead(leadId, event));
    }

    /** As {@link #knownLead}, for an event that only goes on the timeline: the lead is not loaded. */
    private LeadPresence knownPresence(UUID leadId, IncomingEvent event) {
        return leads.presence(requireLeadId(leadId, event)).orElseThrow(() -> unknownLead(leadId, event));
    }

    private static UUID requireLeadId(UUID leadId, IncomingEvent event) {
        if (leadId == null) {
            throw new UnprocessableEventException(event + " has no leadId");
        }
        return leadId;
    }

    private static UnprocessableEventException unknownLead(UUID leadId, IncomingEvent event) {
        return new UnprocessableEventException(event + " is about lead " + leadId + ", which lead-service does not know");
    }

    private Instant occurredAt(IncomingEvent event, Instant bodyTime) {
        if (event.time() != null) {
            return event.time();
        }
        return bodyTime != null ? bodyTime : clock.instant();
    }

    /** The producing service, from the topic (each service publishes to its own topic). */
    private static String sourceOf(IncomingEvent event) {
        return event.topic().replace("-events", "-service");
    }
}
