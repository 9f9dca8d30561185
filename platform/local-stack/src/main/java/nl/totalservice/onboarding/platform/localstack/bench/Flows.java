package nl.totalservice.onboarding.platform.localstack.bench;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Every flow of the run, found by its lead or its task; what arrived that belongs to none is counted. */
public final class Flows {

    private static final Pattern UUID_PATTERN =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final ConcurrentLinkedQueue<Flow> all = new ConcurrentLinkedQueue<>();
    private final Map<UUID, Flow> byLead = new ConcurrentHashMap<>();
    private final Map<UUID, Flow> byTask = new ConcurrentHashMap<>();
    private final AtomicLong numbers = new AtomicLong();
    final AtomicLong unmatchedEmails = new AtomicLong();
    final AtomicLong otherEmails = new AtomicLong();
    final AtomicLong noPartnerAvailable = new AtomicLong();
    final AtomicLong tasksWithoutSuggestion = new AtomicLong();

    public Flow start(Flow.Phase phase, long scheduled) {
        Flow flow = new Flow(numbers.incrementAndGet(), phase, scheduled);
        all.add(flow);
        return flow;
    }

    void registered(Flow flow, UUID leadId) {
        flow.leadId = leadId;
        byLead.put(leadId, flow);
    }

    public Flow byLead(UUID leadId) {
        return leadId == null ? null : byLead.get(leadId);
    }

    Flow byTask(UUID taskId) {
        return taskId == null ? null : byTask.get(taskId);
    }

    /** The task of a flow became known (from its event or the queue): its email can be matched. */
    void linkTask(Flow flow, UUID taskId) {
        flow.taskId = taskId;
        byTask.put(taskId, flow);
    }

    void taskCreated(Flow flow, UUID taskId, long at) {
        linkTask(flow, taskId);
        if (flow.taskCreated == 0) {
            flow.taskCreated = at;
        }
    }

    /** An email arrived at {@code at}: a task-assigned email names its task in the portal link. */
    public void emailReceived(long at, String message) {
        if (!message.contains("X-Notification-Kind: TASK_ASSIGNED")) {
            otherEmails.incrementAndGet();
            return;
        }
        // quoted-printable may break a line inside the link: join soft line breaks first
        Matcher matcher = UUID_PATTERN.matcher(message.replace("=\n", "").toLowerCase(java.util.Locale.ROOT));
        while (matcher.find()) {
            Flow flow = byTask.get(UUID.fromString(matcher.group()));
            if (flow != null) {
                if (flow.emailReceived == 0) {
                    flow.emailReceived = at;
                }
                return;
            }
        }
        unmatchedEmails.incrementAndGet();
    }

    public List<Flow> where(Predicate<Flow> filter) {
        return all.stream().filter(filter).toList();
    }

    /** Flows started but not finished (no email yet, not failed). */
    public long inProgress() {
        return all.stream().filter(flow -> !flow.done() && !flow.failed).count();
    }

    public long started() {
        return numbers.get();
    }
}
