package nl.totalservice.onboarding.partner.support;

import nl.totalservice.onboarding.partner.Topics;
import nl.totalservice.onboarding.platform.testing.infra.SharedInfrastructure;
import nl.totalservice.onboarding.platform.testing.kafka.EventSender;
import nl.totalservice.onboarding.platform.testing.kafka.TopicRecorder;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.UUID;

/**
 * The Kafka side of a test class over the real broker: a sender for the events partner-service
 * consumes and a recorder of what it publishes on partner-events, opened before the class's tests
 * and closed after them. Register with {@code @RegisterExtension static final KafkaClients kafka = new KafkaClients();}.
 */
public final class KafkaClients implements BeforeAllCallback, AfterAllCallback {

    private EventSender sender;
    private TopicRecorder partnerEvents;

    @Override
    public void beforeAll(ExtensionContext context) {
        String bootstrap = SharedInfrastructure.kafka().bootstrapServers();
        partnerEvents = TopicRecorder.record(bootstrap, Topics.PARTNER_EVENTS);
        sender = new EventSender(bootstrap);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        partnerEvents.close();
        sender.close();
    }

    /** What partner-service published on partner-events since the class started. */
    public TopicRecorder partnerEvents() {
        return partnerEvents;
    }

    /** A lead-service event about {@code lead}, keyed by it as lead-service keys it; returns its {@code ce_id}. */
    public String leadEvent(UUID lead, String type, String body) {
        return sender.send(Topics.LEAD_EVENTS, lead.toString(), type, body);
    }

    /** The same, under the given event id ({@code ce_id}): to deliver one event twice. */
    public void leadEvent(UUID lead, String eventId, String type, String body) {
        sender.send(Topics.LEAD_EVENTS, lead.toString(), eventId, type, body);
    }

    /** A task-service event about {@code task}, keyed by it as task-service keys it; returns its {@code ce_id}. */
    public String taskEvent(UUID task, String type, String body) {
        return sender.send(Topics.TASK_EVENTS, task.toString(), type, body);
    }
}
