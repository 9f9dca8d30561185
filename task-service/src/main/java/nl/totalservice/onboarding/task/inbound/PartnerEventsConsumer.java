package nl.totalservice.onboarding.task.inbound;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import nl.totalservice.onboarding.platform.messaging.inbox.EventProcessor;
import nl.totalservice.onboarding.platform.messaging.inbox.IncomingEvent;
import nl.totalservice.onboarding.platform.messaging.inbox.UnprocessableEventException;
import nl.totalservice.onboarding.task.Channels;
import nl.totalservice.onboarding.task.intake.FollowUpIntake;
import nl.totalservice.onboarding.task.partner.PartnerDirectory;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Map;

/** partner-events: partner snapshots feed the local partner copy; decisions open or re-suggest tasks. */
@ApplicationScoped
public class PartnerEventsConsumer {

    /** Inbox name of this consumer. */
    public static final String CONSUMER = "task-partner-events";

    private final EventProcessor processor;
    private final PartnerDirectory partners;
    private final FollowUpIntake intake;

    public PartnerEventsConsumer(EventProcessor processor, PartnerDirectory partners, FollowUpIntake intake) {
        this.processor = processor;
        this.partners = partners;
        this.intake = intake;
    }

    @Incoming(Channels.PARTNER_EVENTS)
    @Blocking
    public void onPartnerEvents(ConsumerRecords<String, String> records) {
        processor.processBatch(CONSUMER, records, Map.of(
                "PartnerRegistered", this::rememberPartner,
                "PartnerUpdated", this::rememberPartner,
                "PartnerMatched", event -> intake.partnerMatched(event.payloadAs(PartnerMatched.class).decision()),
                "NoPartnerAvailable", event -> intake.noPartnerAvailable(event.payloadAs(NoPartnerAvailable.class).decision())));
    }

    private void rememberPartner(IncomingEvent event) {
        PartnerSnapshot snapshot = event.payloadAs(PartnerSnapshot.class);
        if (snapshot.partnerId() == null) {
            throw new UnprocessableEventException(event.type() + " " + event.id() + " has no partnerId");
        }
        partners.remember(snapshot.partnerId(), snapshot.details(), snapshot.version());
    }
}
