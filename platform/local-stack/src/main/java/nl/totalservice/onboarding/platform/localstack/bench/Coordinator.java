package nl.totalservice.onboarding.platform.localstack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiConsumer;

/**
 * The coordinator: pages the queue ({@code GET /api/queue}, oldest first, 100 a page) and assigns
 * each task to its suggested partner, without waiting for one assignment before the next. A task
 * that comes back with another suggestion (a partner declined) is assigned again; an assignment that
 * got no answer is tried again on a later round.
 */
public final class Coordinator implements AutoCloseable {

    static final String QUEUE = "GET /api/queue";
    static final String ASSIGN = "POST /api/tasks/{id}/assignment";
    private static final int PAGE_SIZE = 100;
    private static final int MAX_PAGES_PER_ROUND = 10;
    private static final long PAUSE_NANOS = 100_000_000L; // when the queue holds nothing new: look again in 100 ms

    private final Http http;
    private final String taskService;
    private final String token;
    private final Flows flows;
    private final ObjectMapper json = new ObjectMapper();
    /** Task and suggestion pairs whose assignment was sent (an assigned task may still show in a page read meanwhile). */
    private final Set<String> handled = ConcurrentHashMap.newKeySet();
    private final Thread thread;
    private volatile boolean running = true;
    private final BiConsumer<UUID, UUID> onAssigned;

    public Coordinator(Http http, String taskService, String token, Flows flows) {
        this(http, taskService, token, flows, (task, partner) -> { });
    }

    /** {@code onAssigned} hears of each assignment answered 200: task id and partner id. */
    public Coordinator(Http http, String taskService, String token, Flows flows, BiConsumer<UUID, UUID> onAssigned) {
        this.onAssigned = onAssigned;
        this.http = http;
        this.taskService = taskService;
        this.token = token;
        this.flows = flows;
        this.thread = new Thread(this::run, "bench-coordinator");
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    private void run() {
        while (running) {
            int fresh = 0;
            try {
                for (int page = 0; page < MAX_PAGES_PER_ROUND && running; page++) {
                    HttpResponse<String> response = http.send(QUEUE, "GET",
                            taskService + "/api/queue?type=LEAD_FOLLOW_UP&size=" + PAGE_SIZE + "&page=" + page, token, null).join();
                    if (response == null || response.statusCode() != 200) {
                        break;
                    }
                    long at = System.nanoTime();
                    JsonNode items = json.readTree(response.body()).path("items");
                    for (JsonNode item : items) {
                        if (assign(item, at)) {
                            fresh++;
                        }
                    }
                    if (items.size() < PAGE_SIZE || fresh > 0) {
                        break; // the rest of the queue is newer: read it from the top again next round
                    }
                }
            } catch (Exception e) {
                System.err.println("[bench] coordinator: " + e.getMessage());
            }
            if (fresh == 0) {
                LockSupport.parkNanos(PAUSE_NANOS);
            }
        }
    }

    private boolean assign(JsonNode item, long seenAt) {
        UUID taskId = UUID.fromString(item.path("id").asText());
        String partner = item.path("suggestedPartner").path("id").asText(null);
        String key = taskId + "/" + partner;
        if (handled.contains(key)) {
            return false;
        }
        Flow flow = flows.byLead(parse(item.path("leadId").asText(null)));
        if (flow != null) {
            flows.linkTask(flow, taskId);
            if (flow.seenInQueue == 0) {
                flow.seenInQueue = seenAt;
            }
        }
        if (partner == null) {
            handled.add(key);
            flows.tasksWithoutSuggestion.incrementAndGet();
            return false;
        }
        handled.add(key);
        long sent = System.nanoTime();
        if (flow != null) {
            flow.assignmentSent = sent;
        }
        http.send(ASSIGN, "POST", taskService + "/api/tasks/" + taskId + "/assignment", token,
                "{\"partnerId\":\"" + partner + "\"}").thenAccept(response -> {
                    if (response != null && response.statusCode() == 200) {
                        onAssigned.accept(taskId, UUID.fromString(partner));
                    } else if (response == null || response.statusCode() >= 500) {
                        handled.remove(key); // no answer, or the service was in trouble: try again next round
                    }
                    if (flow != null) {
                        if (response != null && response.statusCode() == 200) {
                            flow.assigned = System.nanoTime();
                        } else {
                            flow.failed = true;
                        }
                    }
                });
        return true;
    }

    private static UUID parse(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
