package nl.totalservice.onboarding.notification.intake;

import jakarta.enterprise.context.ApplicationScoped;
import nl.totalservice.onboarding.notification.Channels;
import nl.totalservice.onboarding.platform.messaging.inbox.EventHandler;
import nl.totalservice.onboarding.platform.messaging.inbox.EventProcessor;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Map;

/** Reads partner-events: partner contact snapshots (our copy) and matches that found no partner. */
@ApplicationScoped
public class PartnerEventsConsumer {

    static final String CONSUMER = "notifications-from-partners";

    private final EventProcessor events;
    private final Map<String, EventHandler> handlers;

    public PartnerEventsConsumer(EventProcessor events, NotificationIntake intake) {
        this.events = events;
        EventHandler handle = event -> intake.handle(SourceEvent.of(event));
        this.handlers = Map.of(
                EventTypes.PARTNER_REGISTERED, handle,
                EventTypes.PARTNER_UPDATED, handle,
                EventTypes.NO_PARTNER_AVAILABLE, handle);
    }

    @Incoming(Channels.PARTNER_EVENTS)
    @io.smallrye.reactive.messaging.annotations.Blocking
    public void onPartnerEvents(ConsumerRecords<String, String> records) {
        events.processBatch(CONSUMER, records, handlers);
    }
}
