package nl.totalservice.onboarding.partner.matching.inbound;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import nl.totalservice.onboarding.partner.Topics;
import nl.totalservice.onboarding.partner.matching.LeadRouting;
import nl.totalservice.onboarding.partner.matching.PartnerAssignment;
import nl.totalservice.onboarding.platform.messaging.inbox.EventProcessor;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Map;

/**
 * task-events: a decline makes the service decide again; assignments, acceptances and returns
 * keep the open assignment with the partner that really holds the lead (the coordinator may
 * assign another partner than the one suggested).
 */
@ApplicationScoped
public class TaskEventsConsumer {

    /** Inbox name of this consumer. */
    public static final String CONSUMER = "partner-task-events";

    private final EventProcessor events;
    private final LeadRouting leads;

    public TaskEventsConsumer(EventProcessor events, LeadRouting leads) {
        this.events = events;
        this.leads = leads;
    }

    @Incoming(Topics.TASK_EVENTS)
    @Blocking
    public void onTaskEvents(ConsumerRecords<String, String> records) {
        events.processBatch(CONSUMER, records, Map.of(
                "TaskDeclined", event -> {
                    TaskEvents.TaskDeclined declined = event.payloadAs(TaskEvents.TaskDeclined.class);
                    leads.taskDeclined(declined.taskId(), declined.leadId(), declined.decliners());
                },
                "TaskAssigned", event -> {
                    TaskEvents.TaskPartner task = event.payloadAs(TaskEvents.TaskPartner.class);
                    leads.heldBy(task.leadId(), task.partnerId(), PartnerAssignment.Source.TASK_ASSIGNED);
                },
                "TaskAccepted", event -> {
                    TaskEvents.TaskPartner task = event.payloadAs(TaskEvents.TaskPartner.class);
                    leads.heldBy(task.leadId(), task.partnerId(), PartnerAssignment.Source.TASK_ASSIGNED);
                },
                "TaskReturnedToQueue", event -> {
                    TaskEvents.TaskPartner task = event.payloadAs(TaskEvents.TaskPartner.class);
                    leads.returnedToQueue(task.leadId(), task.partnerId());
                },
                "TaskCancelled", event -> {
                    TaskEvents.TaskPartner task = event.payloadAs(TaskEvents.TaskPartner.class);
                    leads.followUpCancelled(task.leadId(), task.partnerId());
                }));
    }
}
