package nl.totalservice.onboarding.partner.matching.inbound;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import nl.totalservice.onboarding.partner.Topics;
import nl.totalservice.onboarding.partner.erasure.LeadDataEraser;
import nl.totalservice.onboarding.partner.matching.LeadRouting;
import nl.totalservice.onboarding.partner.matching.PartnerAssignment;
import nl.totalservice.onboarding.platform.messaging.inbox.EventProcessor;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Map;

/**
 * lead-events: interest (matching), partner confirmed, onboarded and withdrawn (customer counts),
 * erasure of the customer's data; other types are skipped (tolerant reader).
 */
@ApplicationScoped
public class LeadEventsConsumer {

    /** Inbox name of this consumer. */
    public static final String CONSUMER = "partner-lead-events";

    private final EventProcessor events;
    private final LeadRouting leads;
    private final LeadDataEraser eraser;

    public LeadEventsConsumer(EventProcessor events, LeadRouting leads, LeadDataEraser eraser) {
        this.events = events;
        this.leads = leads;
        this.eraser = eraser;
    }

    @Incoming(Topics.LEAD_EVENTS)
    @Blocking
    public void onLeadEvents(ConsumerRecords<String, String> records) {
        events.processBatch(CONSUMER, records, Map.of(
                "LeadInterestRecorded", event -> leads.interestRecorded(
                        event.payloadAs(LeadEvents.LeadInterestRecorded.class).toRevision()),
                "LeadPartnerConfirmed", event -> {
                    LeadEvents.LeadPartnerConfirmed confirmed = event.payloadAs(LeadEvents.LeadPartnerConfirmed.class);
                    leads.heldBy(confirmed.leadId(), confirmed.partnerId(), PartnerAssignment.Source.PARTNER_CONFIRMED);
                },
                "LeadOnboarded", event -> {
                    LeadEvents.LeadOnboarded onboarded = event.payloadAs(LeadEvents.LeadOnboarded.class);
                    leads.onboarded(onboarded.leadId(), onboarded.partnerId());
                },
                "LeadWithdrawn", event -> leads.withdrawn(event.payloadAs(LeadEvents.LeadWithdrawn.class).leadId()),
                "LeadErased", event -> eraser.erase(event.payloadAs(LeadEvents.LeadErased.class).requiredLeadId(event))));
    }
}
