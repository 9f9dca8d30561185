package nl.totalservice.onboarding.lead.lead.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.totalservice.onboarding.lead.Channels;
import nl.totalservice.onboarding.lead.timeline.Timeline;
import nl.totalservice.onboarding.platform.messaging.outbox.Outbox;

/** Publishes a lead event through the outbox and puts it on the lead's progress view, in the caller's transaction. */
@ApplicationScoped
public class LeadEvents {

    private final Outbox outbox;
    private final Timeline timeline;

    public LeadEvents(Outbox outbox, Timeline timeline) {
        this.outbox = outbox;
        this.timeline = timeline;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(LeadEvent event) {
        String body = outbox.publish(Channels.LEAD_EVENTS, event);
        timeline.recordOwn(event.eventId(), event.leadId(), event.occurredAt(), event.eventType(), event.summary(),
                body);
    }
}
