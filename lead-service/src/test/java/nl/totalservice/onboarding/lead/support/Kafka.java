package nl.totalservice.onboarding.lead.support;

import nl.totalservice.onboarding.platform.testing.infra.SharedInfrastructure;
import nl.totalservice.onboarding.platform.testing.kafka.EventSender;
import nl.totalservice.onboarding.platform.testing.kafka.TopicRecorder;

/** One recorder of lead-service's output topics and one sender for the other services' topics, per test JVM. */
public final class Kafka {

    private static TopicRecorder recorder;
    private static EventSender sender;

    private Kafka() {
    }

    /** Records lead-events and the dead-letter topics of the consumed topics, from the beginning. */
    public static synchronized TopicRecorder recorder() {
        if (recorder == null) {
            recorder = TopicRecorder.record(SharedInfrastructure.kafka().bootstrapServers(), "lead-events",
                    "partner-events.dlq", "task-events.dlq", "notification-events.dlq");
        }
        return recorder;
    }

    public static synchronized EventSender sender() {
        if (sender == null) {
            sender = new EventSender(SharedInfrastructure.kafka().bootstrapServers());
        }
        return sender;
    }
}
