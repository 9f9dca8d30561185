package nl.totalservice.onboarding.task.sales;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.totalservice.onboarding.platform.web.problem.ProblemException;
import nl.totalservice.onboarding.task.followup.CancelReason;
import nl.totalservice.onboarding.task.followup.FollowUpTask;
import nl.totalservice.onboarding.task.followup.Owner;
import nl.totalservice.onboarding.task.followup.Slice;
import nl.totalservice.onboarding.task.followup.TaskFilter;
import nl.totalservice.onboarding.task.followup.TaskRepository;
import nl.totalservice.onboarding.task.followup.event.TaskEvents;
import nl.totalservice.onboarding.task.lead.LeadDirectory;
import nl.totalservice.onboarding.task.partner.PartnerDirectory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Sales' side of tasks: opening one by hand, following progress (also for coordinator and ops), calling one off. */
@ApplicationScoped
public class SalesTaskService {

    private final TaskRepository tasks;
    private final TaskEvents events;
    private final PartnerDirectory partners;
    private final LeadDirectory leads;
    private final Clock clock;

    public SalesTaskService(TaskRepository tasks, TaskEvents events, PartnerDirectory partners, LeadDirectory leads,
                            Clock clock) {
        this.tasks = tasks;
        this.events = events;
        this.partners = partners;
        this.leads = leads;
        this.clock = clock;
    }

    /**
     * Opens a task by hand. A lead with an open task of this type gets a 409 pointing at it, also
     * when two requests race (the database's partial unique index decides, then we look the winner up).
     */
    public <T> T openByHand(NewTask command, String actor, String actorEmail, Function<FollowUpTask, T> view) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> view.apply(open(command, actor, actorEmail)));
        } catch (RuntimeException e) {
            if (!OpenTaskConflicts.isOpenTaskConflict(e)) {
                throw e;
            }
            UUID existing = QuarkusTransaction.requiringNew().call(() -> tasks.findActive(command.leadId(), command.type())
                    .map(FollowUpTask::id).orElse(null));
            if (existing == null) {
                throw e; // the other task closed in between: let the caller try again
            }
            throw duplicate(command, existing);
        }
    }

    private FollowUpTask open(NewTask command, String actor, String actorEmail) {
        Instant now = clock.instant();
        if (command.dueAt() != null && !command.dueAt().isAfter(now)) {
            throw ProblemException.invalidField("dueAt", "must be in the future");
        }
        if (command.suggestedPartnerId() != null) {
            partners.requireActive(command.suggestedPartnerId(), "suggestedPartnerId");
        }
        tasks.findActive(command.leadId(), command.type()).ifPresent(open -> {
            throw duplicate(command, open.id());
        });
        FollowUpTask task = FollowUpTask.byHand(command.type(), command.leadId(), command.suggestedPartnerId(),
                command.notes(), command.urgent(), command.dueAt(), ownerFor(command, actorEmail), actor, now);
        tasks.add(task);
        events.created(task);
        return task;
    }

    private Owner ownerFor(NewTask command, String actorEmail) {
        if (command.owner() != null) {
            return command.owner();
        }
        return leads.find(command.leadId())
                .filter(lead -> lead.ownerEmail() != null)
                .map(lead -> new Owner(lead.ownerEmail(), lead.ownerName()))
                .orElse(new Owner(actorEmail, null));
    }

    private static ProblemException duplicate(NewTask command, UUID existing) {
        return ProblemException.duplicate("Lead " + command.leadId() + " already has an open " + command.type()
                + " task (" + existing + "); follow that one or cancel it first", existing, "/api/tasks/" + existing);
    }

    /** Calls a task off by hand (sales or coordinator). */
    @Transactional
    public <T> T cancel(UUID taskId, CancelReason reason, String note, Long expectedVersion, String actor,
                        Function<FollowUpTask, T> view) {
        FollowUpTask task = tasks.lock(taskId).orElseThrow(() -> ProblemException.notFound("Task", taskId));
        Instant now = clock.instant();
        UUID partner = task.cancel(reason, note, actor, now).orElse(null);
        task.requireVersion(expectedVersion); // after the state check: an illegal move is a 409, not a 412
        events.cancelled(task, partner, actor, note, now);
        tasks.flush();
        return view.apply(task);
    }

    /** Reads a task for sales, coordinator or ops. */
    @Transactional
    public <T> T get(UUID taskId, Function<FollowUpTask, T> view) {
        return view.apply(tasks.find(taskId).orElseThrow(() -> ProblemException.notFound("Task", taskId)));
    }

    /** Lists tasks (newest first) for sales' progress view. */
    @Transactional
    public <T> Slice<T> search(TaskFilter filter, int page, int size, Function<List<FollowUpTask>, List<T>> view) {
        return tasks.search(filter, page, size).map(view);
    }
}
