package nl.totalservice.onboarding.task.calls;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.totalservice.onboarding.platform.web.problem.ProblemException;
import nl.totalservice.onboarding.task.deadlines.DeadlinePolicy;
import nl.totalservice.onboarding.task.deadlines.PartnerDeadlines;
import nl.totalservice.onboarding.task.followup.CallAttempt;
import nl.totalservice.onboarding.task.followup.CallOutcome;
import nl.totalservice.onboarding.task.followup.CallStatus;
import nl.totalservice.onboarding.task.followup.FollowUpTask;
import nl.totalservice.onboarding.task.followup.PartnerCall;
import nl.totalservice.onboarding.task.followup.Slice;
import nl.totalservice.onboarding.task.followup.TaskRepository;
import nl.totalservice.onboarding.task.followup.event.TaskEvents;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

/** Phone calls to partners of urgent assignments: listing them and recording what came of them. */
@ApplicationScoped
public class CallService {

    private final TaskRepository tasks;
    private final TaskEvents events;
    private final CallSettings settings;
    private final DeadlinePolicy deadlines;
    private final Clock clock;

    public CallService(TaskRepository tasks, TaskEvents events, CallSettings settings, DeadlinePolicy deadlines,
                       Clock clock) {
        this.tasks = tasks;
        this.events = events;
        this.settings = settings;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** Records an attempt: REACHED closes the call, NO_ANSWER and CALL_BACK reschedule it. */
    @Transactional
    public <T> T record(UUID callId, CallOutcome outcome, Instant callBackAt, String note, String actor,
                        BiFunction<FollowUpTask, PartnerCall, T> view) {
        Instant now = clock.instant();
        if (outcome == CallOutcome.CALL_BACK && callBackAt == null) {
            throw ProblemException.invalidField("callBackAt", "is required when the outcome is CALL_BACK");
        }
        if (outcome == CallOutcome.CALL_BACK && !callBackAt.isAfter(now)) {
            throw ProblemException.invalidField("callBackAt", "must be in the future");
        }
        UUID taskId = tasks.findByCall(callId).map(FollowUpTask::id).orElseThrow(() -> ProblemException.notFound("Call", callId));
        FollowUpTask task = tasks.lock(taskId).orElseThrow(() -> ProblemException.notFound("Call", callId));
        CallAttempt attempt = new CallAttempt(now, outcome, outcome == CallOutcome.CALL_BACK ? callBackAt : null, actor, note);
        PartnerDeadlines partnerDeadlines = deadlines.of(task.call(callId).partnerId());
        PartnerCall call = task.recordCall(callId, attempt, partnerDeadlines.callPeriod(settings.retryAfter()),
                partnerDeadlines.callPeriod(settings.escalateAfter()));
        events.callRecorded(task, call, attempt);
        tasks.flush();
        return view.apply(task, call);
    }

    @Transactional
    public <T> T get(UUID callId, BiFunction<FollowUpTask, PartnerCall, T> view) {
        FollowUpTask task = tasks.findByCall(callId).orElseThrow(() -> ProblemException.notFound("Call", callId));
        return view.apply(task, task.call(callId));
    }

    /** Calls (by default the open ones), due first, each with its task. */
    @Transactional
    public <T> Slice<T> list(CallStatus status, String assignee, int page, int size,
                             BiFunction<List<PartnerCall>, Map<UUID, FollowUpTask>, List<T>> view) {
        Slice<PartnerCall> calls = tasks.calls(status, assignee, page, size);
        Map<UUID, FollowUpTask> byTask = tasks.findAll(calls.items().stream().map(PartnerCall::taskId).distinct().toList());
        return calls.map(items -> view.apply(items, byTask));
    }
}
