package nl.totalservice.onboarding.notification.intake.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import nl.totalservice.onboarding.notification.Channels;
import nl.totalservice.onboarding.notification.intake.EventTypes;
import nl.totalservice.onboarding.notification.intake.NotificationIntake;
import nl.totalservice.onboarding.notification.intake.SourceEvent;
import nl.totalservice.onboarding.platform.messaging.inbox.EventHandler;
import nl.totalservice.onboarding.platform.messaging.inbox.EventProcessor;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Map;

/** Reads task-events: assignments, overdue tasks, tasks back in the queue, declines. */
@ApplicationScoped
public class TaskEventsConsumer {

    static final String CONSUMER = "notifications-from-tasks";

    private final EventProcessor events;
    private final Map<String, EventHandler> handlers;

    public TaskEventsConsumer(EventProcessor events, NotificationIntake intake) {
        this.events = events;
        EventHandler handle = event -> intake.handle(SourceEvent.of(event));
        this.handlers = Map.of(
                EventTypes.TASK_ASSIGNED, handle,
                EventTypes.TASK_OVERDUE, handle,
                EventTypes.TASK_RETURNED_TO_QUEUE, handle,
                EventTypes.TASK_DECLINED, handle);
    }

    @Incoming(Channels.TASK_EVENTS)
    @io.smallrye.reactive.messaging.annotations.Blocking
    public void onTaskEvents(ConsumerRecords<String, String> records) {
        events.processBatch(CONSUMER, records, handlers);
    }
}
