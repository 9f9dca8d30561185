package nl.totalservice.onboarding.notification.erasure.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import nl.totalservice.onboarding.notification.Channels;
import nl.totalservice.onboarding.notification.erasure.LeadDataEraser;
import nl.totalservice.onboarding.platform.messaging.inbox.EventHandler;
import nl.totalservice.onboarding.platform.messaging.inbox.EventProcessor;
import nl.totalservice.onboarding.platform.messaging.inbox.IncomingEvent;
import nl.totalservice.onboarding.platform.messaging.inbox.UnprocessableEventException;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Map;

/** lead-events: only {@code LeadErased} concerns notification-service; every other type is skipped. */
@ApplicationScoped
public class LeadEventsConsumer {

    static final String CONSUMER = "notifications-from-leads";

    private final EventProcessor events;
    private final LeadDataEraser eraser;
    private final Map<String, EventHandler> handlers;

    public LeadEventsConsumer(EventProcessor events, LeadDataEraser eraser) {
        this.events = events;
        this.eraser = eraser;
        this.handlers = Map.of("LeadErased", this::erased);
    }

    @Incoming(Channels.LEAD_EVENTS)
    @io.smallrye.reactive.messaging.annotations.Blocking
    public void onLeadEvents(ConsumerRecords<String, String> records) {
        events.processBatch(CONSUMER, records, handlers);
    }

    private void erased(IncomingEvent event) {
        LeadErased erased = event.payloadAs(LeadErased.class);
        if (erased.leadId() == null) {
            throw new UnprocessableEventException(event.type() + " " + event.id() + " has no leadId");
        }
        eraser.erase(erased.leadId());
    }
}
