package nl.totalservice.onboarding.task.deadlines;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.totalservice.onboarding.task.followup.FollowUpTask;
import nl.totalservice.onboarding.task.followup.PartnerCall;
import nl.totalservice.onboarding.task.followup.TaskRepository;
import nl.totalservice.onboarding.task.followup.event.TaskEvents;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Fires the deadlines that passed: accept deadline ({@code TaskOverdue}), return to the queue
 * ({@code TaskReturnedToQueue}), unmade urgent calls ({@code TaskCallEscalated}). Each batch claims its
 * rows with {@code for update skip locked} and re-checks them on the aggregate, so with several
 * instances running every deadline fires exactly once.
 */
@ApplicationScoped
public class DeadlineService {

    /** Who the history names for what the scheduler does. */
    static final String ACTOR = "task-service";

    private final TaskRepository tasks;
    private final TaskEvents events;
    private final DeadlineSettings settings;
    private final DeadlinePolicy policy;
    private final MeterRegistry registry;

    public DeadlineService(TaskRepository tasks, TaskEvents events, DeadlineSettings settings, DeadlinePolicy policy,
                           MeterRegistry registry) {
        this.tasks = tasks;
        this.events = events;
        this.settings = settings;
        this.policy = policy;
        this.registry = registry;
    }

    /** Fires everything due at {@code now}, batch by batch; returns how many deadlines fired. */
    public int fireDue(Instant now) {
        return drain(() -> markOverdue(now)) + drain(() -> returnToQueue(now)) + drain(() -> escalateCalls(now));
    }

    /** One batch of passed accept deadlines. */
    @Transactional
    public int markOverdue(Instant now) {
        int fired = 0;
        Function<UUID, PartnerDeadlines> deadlines = policy.forBatch();
        for (FollowUpTask task : load(tasks.claimOverdue(now, settings.batchSize()))) {
            if (task.markOverdue(ACTOR, now)) {
                var hold = deadlines.apply(task.assignedPartnerId()).hold(task.urgent(), now);
                events.overdue(task, now, hold.map(DeadlinePolicy.Hold::until).orElse(null),
                        hold.map(DeadlinePolicy.Hold::reason).orElse(null));
                fired++;
            }
        }
        count("overdue", fired);
        return fired;
    }

    /** One batch of tasks whose second period passed: back to the queue. */
    @Transactional
    public int returnToQueue(Instant now) {
        int fired = 0;
        for (FollowUpTask task : load(tasks.claimReturns(now, settings.batchSize()))) {
            var late = task.returnToQueue(ACTOR, now);
            if (late.isPresent()) {
                events.returnedToQueue(task, late.get(), now);
                fired++;
            }
        }
        count("returned_to_queue", fired);
        return fired;
    }

    /** One batch of urgent calls not made in time. */
    @Transactional
    public int escalateCalls(Instant now) {
        int fired = 0;
        for (FollowUpTask task : load(tasks.claimCallEscalations(now, settings.batchSize()))) {
            for (PartnerCall call : task.calls()) {
                if (task.escalateCall(call.id(), ACTOR, now)) {
                    events.callEscalated(task, call, now);
                    fired++;
                }
            }
        }
        count("call_escalated", fired);
        return fired;
    }

    private List<FollowUpTask> load(List<UUID> claimed) {
        return List.copyOf(tasks.findAll(claimed).values()); // one query for the batch, not one per task
    }

    private int drain(java.util.function.IntSupplier batch) {
        int total = 0;
        int fired;
        do {
            fired = batch.getAsInt();
            total += fired;
        } while (fired >= settings.batchSize());
        return total;
    }

    private void count(String kind, int fired) {
        if (fired > 0) {
            registry.counter("task.deadlines.fired", "kind", kind).increment(fired);
        }
    }
}
