package nl.totalservice.onboarding.task.inbound;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import nl.totalservice.onboarding.platform.messaging.inbox.EventProcessor;
import nl.totalservice.onboarding.platform.messaging.inbox.IncomingEvent;
import nl.totalservice.onboarding.platform.messaging.inbox.UnprocessableEventException;
import nl.totalservice.onboarding.task.Channels;
import nl.totalservice.onboarding.task.erasure.LeadDataEraser;
import nl.totalservice.onboarding.task.intake.FollowUpIntake;
import nl.totalservice.onboarding.task.lead.LeadDirectory;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Map;

/**
 * lead-events: lead snapshots feed the local lead copy; withdrawal and "not interested" cancel open
 * tasks; an erasure erases the copy and the lead's task texts. Other types are ignored (tolerant reader).
 */
@ApplicationScoped
public class LeadEventsConsumer {

    /** Inbox name of this consumer. */
    public static final String CONSUMER = "task-lead-events";

    private final EventProcessor processor;
    private final LeadDirectory leads;
    private final FollowUpIntake intake;
    private final LeadDataEraser eraser;

    public LeadEventsConsumer(EventProcessor processor, LeadDirectory leads, FollowUpIntake intake,
                              LeadDataEraser eraser) {
        this.processor = processor;
        this.leads = leads;
        this.intake = intake;
        this.eraser = eraser;
    }

    @Incoming(Channels.LEAD_EVENTS)
    @Blocking
    public void onLeadEvents(ConsumerRecords<String, String> records) {
        processor.processBatch(CONSUMER, records, Map.of(
                "LeadRegistered", this::rememberLead,
                "LeadUpdated", this::rememberLead,
                "LeadWithdrawn", this::withdrawn,
                "LeadInterestRecorded", this::interestRecorded,
                "LeadErased", this::erased));
    }

    private void erased(IncomingEvent event) {
        LeadErased erased = event.payloadAs(LeadErased.class);
        if (erased.leadId() == null) {
            throw new UnprocessableEventException(event.type() + " " + event.id() + " has no leadId");
        }
        eraser.erase(erased.leadId());
    }

    private void withdrawn(IncomingEvent event) {
        LeadWithdrawn withdrawal = event.payloadAs(LeadWithdrawn.class);
        intake.leadWithdrawn(withdrawal.leadId(), withdrawal.reason(), withdrawal.note(), withdrawal.withdrawnBy());
    }

    private void interestRecorded(IncomingEvent event) {
        LeadInterestRecorded interest = event.payloadAs(LeadInterestRecorded.class);
        intake.interestRecorded(interest.leadId(), interest.interested(), interest.reason(), interest.note(),
                interest.recordedBy());
    }

    private void rememberLead(IncomingEvent event) {
        LeadSnapshot snapshot = event.payloadAs(LeadSnapshot.class);
        if (snapshot.leadId() == null) {
            throw new UnprocessableEventException(event.type() + " " + event.id() + " has no leadId");
        }
        leads.remember(snapshot.leadId(), snapshot.details(), snapshot.version());
    }
}
