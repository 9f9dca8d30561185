package nl.totalservice.onboarding.lead.inbound;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import nl.totalservice.onboarding.lead.Channels;
import nl.totalservice.onboarding.platform.messaging.inbox.EventHandler;
import nl.totalservice.onboarding.platform.messaging.inbox.EventProcessor;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Consumes the other services' topics for the progress view: one blocking, ordered consumer per
 * topic, a transaction per polled batch, de-duplicated by the inbox per event; what cannot be handled
 * goes to the topic's dead-letter topic.
 */
@ApplicationScoped
public class ProgressConsumers {

    /** The inbox's name for this effect. */
    public static final String CONSUMER = "lead-progress";

    static final List<String> PARTNER_TYPES = List.of("PartnerMatched", "NoPartnerAvailable");
    static final List<String> TASK_TYPES = List.of("TaskCreated", "TaskSuggestionChanged", "TaskAssigned",
            "TaskAccepted", "TaskDeclined", "TaskCustomerContacted", "TaskCompleted", "TaskOverdue",
            "TaskReturnedToQueue", "TaskCancelled", "TaskCallRequested", "TaskCallRecorded", "TaskCallEscalated");
    static final List<String> NOTIFICATION_TYPES = List.of("NotificationSent", "NotificationFailed");
    /** Each service's confirmation that it erased a lead's personal data, on each service's own topic. */
    static final String DATA_ERASED = "LeadDataErased";

    private final EventProcessor events;
    private final Map<String, EventHandler> partnerHandlers;
    private final Map<String, EventHandler> taskHandlers;
    private final Map<String, EventHandler> notificationHandlers;

    public ProgressConsumers(EventProcessor events, ProgressRecorder progress) {
        this.events = events;
        this.partnerHandlers = handlers(PARTNER_TYPES, progress::partnerDecision, progress::dataErased);
        this.taskHandlers = handlers(TASK_TYPES, progress::taskEvent, progress::dataErased);
        this.notificationHandlers = handlers(NOTIFICATION_TYPES, progress::notification, progress::dataErased);
    }

    @Incoming(Channels.PARTNER_EVENTS)
    @Blocking
    public void onPartnerEvents(ConsumerRecords<String, String> records) {
        events.processBatch(CONSUMER, records, partnerHandlers);
    }

    @Incoming(Channels.TASK_EVENTS)
    @Blocking
    public void onTaskEvents(ConsumerRecords<String, String> records) {
        events.processBatch(CONSUMER, records, taskHandlers);
    }

    @Incoming(Channels.NOTIFICATION_EVENTS)
    @Blocking
    public void onNotificationEvents(ConsumerRecords<String, String> records) {
        events.processBatch(CONSUMER, records, notificationHandlers);
    }

    private static Map<String, EventHandler> handlers(List<String> types, EventHandler handler, EventHandler erased) {
        Map<String, EventHandler> byType = new java.util.HashMap<>(
                types.stream().collect(Collectors.toMap(Function.identity(), type -> handler)));
        byType.put(DATA_ERASED, erased);
        return Map.copyOf(byType);
    }
}
