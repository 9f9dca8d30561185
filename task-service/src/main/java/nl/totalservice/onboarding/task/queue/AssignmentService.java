package nl.totalservice.onboarding.task.queue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.totalservice.onboarding.platform.web.problem.ProblemException;
import nl.totalservice.onboarding.task.calls.CallSettings;
import nl.totalservice.onboarding.task.deadlines.DeadlinePolicy;
import nl.totalservice.onboarding.task.deadlines.PartnerDeadlines;
import nl.totalservice.onboarding.task.followup.FollowUpTask;
import nl.totalservice.onboarding.task.followup.Slice;
import nl.totalservice.onboarding.task.followup.TaskRepository;
import nl.totalservice.onboarding.task.followup.TaskStatus;
import nl.totalservice.onboarding.task.followup.TaskType;
import nl.totalservice.onboarding.task.followup.event.TaskEvents;
import nl.totalservice.onboarding.task.partner.PartnerDirectory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** The coordinator's side: the queue and assigning tasks to partners. */
@ApplicationScoped
public class AssignmentService {

    private final TaskRepository tasks;
    private final TaskEvents events;
    private final PartnerDirectory partners;
    private final DeadlinePolicy deadlines;
    private final CallSettings calls;
    private final Clock clock;

    public AssignmentService(TaskRepository tasks, TaskEvents events, PartnerDirectory partners,
                             DeadlinePolicy deadlines, CallSettings calls, Clock clock) {
        this.tasks = tasks;
        this.events = events;
        this.partners = partners;
        this.deadlines = deadlines;
        this.calls = calls;
        this.clock = clock;
    }

    /**
     * Assigns a queued task. The task row is locked first, so of two coordinators assigning at once
     * the second finds the task ASSIGNED and gets 409 with that state.
     */
    @Transactional
    public <T> T assign(UUID taskId, UUID partnerId, String overrideReason, Long expectedVersion, String actor,
                        Function<FollowUpTask, T> view) {
        FollowUpTask task = tasks.lock(taskId).orElseThrow(() -> ProblemException.notFound("Task", taskId));
        if (task.status() != TaskStatus.OPEN) {
            throw ProblemException.illegalTransition("Cannot assign a task that is " + task.status()
                    + (task.assignedPartnerId() == null ? "" : " (partner " + task.assignedPartnerId() + ")"), task.status());
        }
        task.requireVersion(expectedVersion);
        partners.requireActive(partnerId, "partnerId");
        if (tasks.declinedLead(partnerId, task.leadId())) {
            // the portal never shows a partner a lead it declined: it would get the email, not the task
            throw ProblemException.conflict("partner-declined", "Partner " + partnerId + " declined this lead before "
                    + "(this task or an earlier one) and cannot be assigned its tasks", Map.of("partnerId", partnerId.toString()));
        }
        Instant now = clock.instant();
        String callAssignee = calls.assignee() == CallSettings.Assignee.OWNER && task.owner() != null
                && task.owner().email() != null ? task.owner().email() : actor;
        PartnerDeadlines partnerDeadlines = deadlines.of(partnerId);
        var call = task.assign(partnerId, overrideReason, partnerDeadlines.forAssignment(task.urgent(), now),
                callAssignee, partnerDeadlines.callPeriod(calls.escalateAfter()), actor, now);
        var hold = partnerDeadlines.hold(task.urgent(), now);
        events.assigned(task, hold.map(DeadlinePolicy.Hold::until).orElse(null),
                hold.map(DeadlinePolicy.Hold::reason).orElse(null));
        call.ifPresent(opened -> events.callRequested(task, opened));
        tasks.flush();
        return view.apply(task);
    }

    /**
     * The queue: open tasks, urgent first, then by working time left to their due time (the order of
     * the due times, which working time never reverses; tasks without one last), then oldest.
     */
    @Transactional
    public <T> Slice<T> queue(Boolean urgent, TaskType type, Boolean declined, int page, int size,
                              Function<List<FollowUpTask>, List<T>> view) {
        return tasks.queue(urgent, type, declined, page, size).map(view);
    }
}
