package nl.totalservice.onboarding.platform.localstack.faults;

import nl.totalservice.onboarding.platform.localstack.bench.Http;
import nl.totalservice.onboarding.platform.testing.jwt.DevTokens;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The partners in their portal: a moment after a task is assigned to them they accept it, or, for
 * the tasks the suite picks, decline it the first time (partner-service then decides again without
 * them). A call without an answer is tried again until it gets one.
 */
final class Partners implements AutoCloseable {

    private static final long FIRST_DELAY_MS = 500;
    private static final long RETRY_DELAY_MS = 2000;

    private final Http http;
    private final String taskService;
    private final Map<UUID, String> tokens = new ConcurrentHashMap<>();
    private final Predicate<UUID> declinesFirst;
    private final Set<UUID> declined = ConcurrentHashMap.newKeySet();
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "faults-partners");
        thread.setDaemon(true);
        return thread;
    });
    final AtomicLong accepted = new AtomicLong();
    final AtomicLong declines = new AtomicLong();
    final AtomicLong conflicts = new AtomicLong();

    /** {@code declinesFirst}: whether the first partner of a task (by task id) declines it. */
    Partners(Http http, String taskService, Predicate<UUID> declinesFirst) {
        this.http = http;
        this.taskService = taskService;
        this.declinesFirst = declinesFirst;
    }

    void register(UUID partnerId, String email) {
        tokens.put(partnerId, DevTokens.token(email, "partner", partnerId.toString(), Duration.ofDays(1)));
    }

    /** The coordinator assigned {@code taskId} to {@code partnerId}. */
    void assigned(UUID taskId, UUID partnerId) {
        boolean decline = !declined.contains(taskId) && declinesFirst.test(taskId);
        if (decline) {
            declined.add(taskId);
        }
        String key = taskId + "/" + partnerId;
        pending.add(key);
        timer.schedule(() -> act(taskId, partnerId, decline, key), FIRST_DELAY_MS, TimeUnit.MILLISECONDS);
    }

    /** Partner actions not yet answered. */
    int pending() {
        return pending.size();
    }

    private void act(UUID taskId, UUID partnerId, boolean decline, String key) {
        String url = taskService + "/api/portal/tasks/" + taskId + (decline ? "/decline" : "/acceptance");
        String body = decline ? "{\"reason\":\"NO_CAPACITY\",\"note\":\"fault suite: declines a share\"}" : null;
        http.send(decline ? "POST /api/portal/tasks/{id}/decline" : "POST /api/portal/tasks/{id}/acceptance", "POST", url,
                tokens.get(partnerId), body).thenAccept(response -> answered(taskId, partnerId, decline, key, response));
    }

    private void answered(UUID taskId, UUID partnerId, boolean decline, String key, HttpResponse<String> response) {
        if (response == null || response.statusCode() >= 500) {
            timer.schedule(() -> act(taskId, partnerId, decline, key), RETRY_DELAY_MS, TimeUnit.MILLISECONDS);
            return;
        }
        pending.remove(key);
        if (response.statusCode() == 200) {
            (decline ? declines : accepted).incrementAndGet();
        } else {
            // 409: an earlier call whose answer was lost had done it already; the check looks at the data
            conflicts.incrementAndGet();
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
