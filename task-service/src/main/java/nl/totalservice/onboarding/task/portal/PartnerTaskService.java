package nl.totalservice.onboarding.task.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.totalservice.onboarding.platform.web.problem.ProblemException;
import nl.totalservice.onboarding.task.followup.CompletionOutcome;
import nl.totalservice.onboarding.task.followup.ContactChannel;
import nl.totalservice.onboarding.task.followup.DeclineReason;
import nl.totalservice.onboarding.task.followup.FollowUpTask;
import nl.totalservice.onboarding.task.followup.Slice;
import nl.totalservice.onboarding.task.followup.SuggestionChangeReason;
import nl.totalservice.onboarding.task.followup.TaskRepository;
import nl.totalservice.onboarding.task.followup.TaskStatus;
import nl.totalservice.onboarding.task.followup.event.TaskEvents;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The partner's side. Every method takes the partner id from the caller's token; a task assigned to
 * anyone else answers 404 exactly like a task that does not exist, so its existence is never revealed.
 * The one exception is {@link #declineOnBehalf}, the coordinator recording a partner's decline.
 */
@ApplicationScoped
public class PartnerTaskService {

    private final TaskRepository tasks;
    private final TaskEvents events;
    private final Clock clock;

    public PartnerTaskService(TaskRepository tasks, TaskEvents events, Clock clock) {
        this.tasks = tasks;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public <T> Slice<T> list(UUID partnerId, Set<TaskStatus> statuses, int page, int size,
                             Function<List<FollowUpTask>, List<T>> view) {
        return tasks.searchForPartner(partnerId, statuses, page, size).map(view);
    }

    @Transactional
    public <T> T get(UUID partnerId, UUID taskId, Function<FollowUpTask, T> view) {
        return view.apply(tasks.find(taskId).filter(task -> visibleTo(partnerId, task))
                .orElseThrow(() -> notFound(taskId)));
    }

    @Transactional
    public <T> T accept(UUID partnerId, UUID taskId, Long expectedVersion, String actor, Function<FollowUpTask, T> view) {
        FollowUpTask task = own(partnerId, taskId);
        Instant now = clock.instant();
        task.accept(partnerId, actor, now);
        task.requireVersion(expectedVersion);
        events.accepted(task, partnerId, actor, now);
        tasks.flush();
        return view.apply(task);
    }

    /** Declines: the task returns to the queue without this partner; the answer is what the partner last saw. */
    @Transactional
    public <T> T decline(UUID partnerId, UUID taskId, DeclineReason reason, String note, Long expectedVersion,
                         String actor, Function<FollowUpTask, T> view) {
        requireNoteFor(reason == DeclineReason.OTHER, note, "reason is OTHER");
        return declined(own(partnerId, taskId), partnerId, reason, note, expectedVersion, actor, view);
    }

    /**
     * The coordinator records a partner's decline for them (the partner said so on the phone): the
     * same decline as the partner's own, with the coordinator as the one who declined. Only an
     * ASSIGNED task (409 with the current state otherwise), and only for the partner it is assigned
     * to now (409 {@code partner-not-assigned} otherwise: the screen was stale, the task moved on).
     */
    @Transactional
    public <T> T declineOnBehalf(UUID taskId, UUID partnerId, DeclineReason reason, String note, Long expectedVersion,
                                 String actor, Function<FollowUpTask, T> view) {
        requireNoteFor(reason == DeclineReason.OTHER, note, "reason is OTHER");
        FollowUpTask task = tasks.lock(taskId).orElseThrow(() -> notFound(taskId));
        if (task.status() == TaskStatus.ASSIGNED && !task.isAssignedTo(partnerId)) {
            throw ProblemException.conflict("partner-not-assigned", "Task " + taskId + " is assigned to partner "
                    + task.assignedPartnerId() + ", not to " + partnerId,
                    Map.of("assignedPartnerId", task.assignedPartnerId().toString()));
        }
        return declined(task, partnerId, reason, note, expectedVersion, actor, view);
    }

    private <T> T declined(FollowUpTask task, UUID partnerId, DeclineReason reason, String note, Long expectedVersion,
                           String actor, Function<FollowUpTask, T> view) {
        Instant now = clock.instant();
        UUID previousSuggestion = task.suggestedPartnerId();
        boolean suggestionCleared = task.decline(partnerId, reason, note, actor, now);
        task.requireVersion(expectedVersion);
        events.declined(task, partnerId, reason, note, actor, now);
        if (suggestionCleared) {
            events.suggestionChanged(task, previousSuggestion, SuggestionChangeReason.SUGGESTED_PARTNER_DECLINED, now);
        }
        tasks.flush();
        return view.apply(task);
    }

    @Transactional
    public <T> T recordCustomerContact(UUID partnerId, UUID taskId, Instant contactedAt, ContactChannel channel,
                                       String note, Long expectedVersion, String actor, Function<FollowUpTask, T> view) {
        Instant now = clock.instant();
        Instant when = contactedAt == null ? now : contactedAt;
        if (when.isAfter(now.plusSeconds(60))) {
            throw ProblemException.invalidField("contactedAt", "must not be in the future");
        }
        FollowUpTask task = own(partnerId, taskId);
        task.recordCustomerContact(partnerId, when, channel, note, actor, now);
        task.requireVersion(expectedVersion);
        events.customerContacted(task, partnerId, channel, note, now);
        tasks.flush();
        return view.apply(task);
    }

    @Transactional
    public <T> T complete(UUID partnerId, UUID taskId, CompletionOutcome outcome, String note, Long expectedVersion,
                          String actor, Function<FollowUpTask, T> view) {
        requireNoteFor(outcome == CompletionOutcome.OTHER, note, "outcome is OTHER");
        FollowUpTask task = own(partnerId, taskId);
        Instant now = clock.instant();
        task.complete(partnerId, outcome, note, actor, now);
        task.requireVersion(expectedVersion);
        events.completed(task, partnerId, now);
        tasks.flush();
        return view.apply(task);
    }

    /**
     * The partner's own task, locked; 404 for anything else. Callers check the expected version after
     * the transition, so an illegal move answers 409 with the state before a stale version answers 412
     * (the version in memory only changes at flush).
     */
    private FollowUpTask own(UUID partnerId, UUID taskId) {
        return tasks.lock(taskId).filter(found -> visibleTo(partnerId, found)).orElseThrow(() -> notFound(taskId));
    }

    /** Assigned to this partner, and of a lead it never declined (a declined lead stays out of sight). */
    private boolean visibleTo(UUID partnerId, FollowUpTask task) {
        return task.isAssignedTo(partnerId) && !tasks.declinedLead(partnerId, task.leadId());
    }

    private static void requireNoteFor(boolean needed, String note, String when) {
        if (needed && (note == null || note.isBlank())) {
            throw ProblemException.invalidField("note", "is required when the " + when);
        }
    }

    private static ProblemException notFound(UUID taskId) {
        return ProblemException.notFound("Task", taskId);
    }
}
