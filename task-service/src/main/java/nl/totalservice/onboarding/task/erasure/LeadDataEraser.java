package nl.totalservice.onboarding.task.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.totalservice.onboarding.platform.messaging.outbox.Outbox;
import nl.totalservice.onboarding.task.Channels;
import nl.totalservice.onboarding.task.erasure.event.LeadDataErased;
import nl.totalservice.onboarding.task.followup.FollowUpTask;
import nl.totalservice.onboarding.task.followup.TaskRepository;
import nl.totalservice.onboarding.task.lead.LeadDirectory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Erasure on request (lead-service's {@code LeadErased}): the lead copy and the customer texts of the
 * lead's tasks go, and task-service confirms with {@code LeadDataErased} in the same transaction.
 */
@ApplicationScoped
public class LeadDataEraser {

    private final LeadDirectory leads;
    private final TaskRepository tasks;
    private final Outbox outbox;
    private final Clock clock;

    public LeadDataEraser(LeadDirectory leads, TaskRepository tasks, Outbox outbox, Clock clock) {
        this.leads = leads;
        this.tasks = tasks;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public void erase(UUID leadId) {
        Instant now = clock.instant();
        leads.erase(leadId);
        List<FollowUpTask> ofLead = tasks.findAllOfLead(leadId);
        ofLead.forEach(FollowUpTask::eraseCustomerText);
        outbox.publish(Channels.TASK_EVENTS, new LeadDataErased(UUID.randomUUID(), now, leadId,
                LeadDataErased.SERVICE, ofLead.size()));
    }
}
