package nl.totalservice.onboarding.notification.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import nl.totalservice.onboarding.notification.Channels;
import nl.totalservice.onboarding.notification.contact.PartnerContactService;
import nl.totalservice.onboarding.notification.contact.PartnerSnapshot;
import nl.totalservice.onboarding.notification.intake.EventTypes;
import nl.totalservice.onboarding.notification.intake.NotificationIntake;
import nl.totalservice.onboarding.notification.intake.SourceEvent;
import nl.totalservice.onboarding.platform.messaging.inbox.EventHandler;
import nl.totalservice.onboarding.platform.messaging.inbox.EventProcessor;
import nl.totalservice.onboarding.platform.messaging.inbox.IncomingEvent;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Map;

/**
 * Reads partner-events for two capabilities: partner snapshots update our copy of the partner's
 * contact details (and release the events that waited for them); a match that found no partner
 * becomes the coordinator's message.
 */
@ApplicationScoped
public class PartnerEventsConsumer {

    static final String CONSUMER = "notifications-from-partners";

    private final EventProcessor events;
    private final PartnerContactService contacts;
    private final NotificationIntake intake;
    private final Map<String, EventHandler> handlers;

    public PartnerEventsConsumer(EventProcessor events, PartnerContactService contacts, NotificationIntake intake) {
        this.events = events;
        this.contacts = contacts;
        this.intake = intake;
        this.handlers = Map.of(
                EventTypes.PARTNER_REGISTERED, this::partnerChanged,
                EventTypes.PARTNER_UPDATED, this::partnerChanged,
                EventTypes.NO_PARTNER_AVAILABLE, event -> intake.handle(SourceEvent.of(event)));
    }

    @Incoming(Channels.PARTNER_EVENTS)
    @io.smallrye.reactive.messaging.annotations.Blocking
    public void onPartnerEvents(ConsumerRecords<String, String> records) {
        events.processBatch(CONSUMER, records, handlers);
    }

    private void partnerChanged(IncomingEvent event) {
        PartnerSnapshot snapshot = event.payloadAs(PartnerSnapshot.class);
        contacts.record(snapshot, event.id());
        intake.releaseParkedFor(snapshot.partnerId());
    }
}
