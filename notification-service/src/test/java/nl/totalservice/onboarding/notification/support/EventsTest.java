package nl.totalservice.onboarding.notification.support;

import nl.totalservice.onboarding.notification.Channels;
import nl.totalservice.onboarding.platform.testing.infra.SharedInfrastructure;
import nl.totalservice.onboarding.platform.testing.kafka.TopicRecorder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * For tests that drive the service with events: {@code events} publishes to the topics it reads, and
 * {@code notifications} records what it publishes on notification-events.
 */
public abstract class EventsTest {

    protected static TestEvents events;
    protected static TopicRecorder notifications;

    @BeforeAll
    static void connect() {
        events = new TestEvents();
        notifications = TopicRecorder.record(SharedInfrastructure.kafka().bootstrapServers(),
                Channels.NOTIFICATION_EVENTS);
    }

    @AfterAll
    static void disconnect() {
        events.close();
        notifications.close();
    }
}
