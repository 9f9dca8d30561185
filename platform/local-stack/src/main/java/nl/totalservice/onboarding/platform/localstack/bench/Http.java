package nl.totalservice.onboarding.platform.localstack.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Asynchronous JSON calls with a bearer token; counts every answer per endpoint and status. A client
 * made with {@code unavailableRetries > 0} sends a call that was answered 503 again after the answer's
 * {@code Retry-After}, as a well-behaved client does (each 503 is counted).
 */
public final class Http {

    /** Wait before the next try when a 503 has no readable {@code Retry-After}. */
    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(5);
    private static final Duration LONGEST_RETRY_AFTER = Duration.ofSeconds(60);

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    /** endpoint -> status (or the exception's name) -> count. */
    private final Map<String, Map<String, AtomicLong>> answers = new ConcurrentHashMap<>();
    private final int unavailableRetries;

    /** A client that takes every answer as it comes (the benchmark's). */
    public Http() {
        this(0);
    }

    /** A client that sends a call answered 503 again, up to {@code unavailableRetries} times. */
    public Http(int unavailableRetries) {
        this.unavailableRetries = unavailableRetries;
    }

    /** Sends; the future completes with the (last) response, or with null when the call failed (counted). */
    public CompletableFuture<HttpResponse<String>> send(String endpoint, String method, String url, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return attempt(endpoint, request.build(), 0);
    }

    private CompletableFuture<HttpResponse<String>> attempt(String endpoint, HttpRequest request, int retries) {
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .handle((response, failure) -> {
                    String outcome = failure != null ? rootCause(failure).getClass().getSimpleName()
                            : Integer.toString(response.statusCode());
                    answers.computeIfAbsent(endpoint, key -> new ConcurrentHashMap<>())
                            .computeIfAbsent(outcome, key -> new AtomicLong()).incrementAndGet();
                    return failure != null ? null : response;
                })
                .thenCompose(response -> {
                    if (response == null || response.statusCode() != 503 || retries >= unavailableRetries) {
                        return CompletableFuture.completedFuture(response);
                    }
                    // a 503 did nothing: the same request again once the service says it may be back
                    return CompletableFuture.runAsync(() -> { },
                                    CompletableFuture.delayedExecutor(retryAfter(response).toMillis(), TimeUnit.MILLISECONDS))
                            .thenCompose(ignored -> attempt(endpoint, request, retries + 1));
                });
    }

    /** The answer's {@code Retry-After} in seconds (1 to 60), or {@link #DEFAULT_RETRY_AFTER} without a readable one. */
    static Duration retryAfter(HttpResponse<?> response) {
        String value = response.headers().firstValue("Retry-After").orElse("").trim();
        if (!value.matches("\\d{1,6}")) {
            return DEFAULT_RETRY_AFTER; // none, or an HTTP date (rare enough to wait the default)
        }
        return Duration.ofSeconds(Math.max(1, Math.min(LONGEST_RETRY_AFTER.toSeconds(), Long.parseLong(value))));
    }

    /** endpoint -> outcome -> count, sorted, as a snapshot. */
    public Map<String, Map<String, Long>> answers() {
        Map<String, Map<String, Long>> copy = new TreeMap<>();
        answers.forEach((endpoint, outcomes) -> {
            Map<String, Long> counts = new TreeMap<>();
            outcomes.forEach((outcome, count) -> counts.put(outcome, count.get()));
            copy.put(endpoint, counts);
        });
        return copy;
    }

    /** Answers that are not 2xx, per endpoint. */
    static Map<String, Long> errors(Map<String, Map<String, Long>> answers) {
        Map<String, Long> errors = new TreeMap<>();
        answers.forEach((endpoint, outcomes) -> errors.put(endpoint, outcomes.entrySet().stream()
                .filter(entry -> !entry.getKey().startsWith("2")).mapToLong(Map.Entry::getValue).sum()));
        return errors;
    }

    /**
     * All answers by kind, over every endpoint: {@code 2xx}, {@code 3xx}, {@code 4xx}, {@code 503} (unavailable,
     * retried by a client made for it), {@code other 5xx} and {@code no answer} (refused, reset, timed out).
     */
    public static Map<String, Long> byKind(Map<String, Map<String, Long>> answers) {
        Map<String, Long> kinds = new TreeMap<>();
        answers.values().forEach(outcomes -> outcomes.forEach((outcome, count) -> kinds.merge(kind(outcome), count, Long::sum)));
        return kinds;
    }

    private static String kind(String outcome) {
        if (!outcome.matches("\\d{3}")) {
            return "no answer";
        }
        if (outcome.equals("503")) {
            return "503";
        }
        return outcome.startsWith("5") ? "other 5xx" : outcome.charAt(0) + "xx";
    }

    /** The difference of two snapshots (answers during a window). */
    static Map<String, Map<String, Long>> minus(Map<String, Map<String, Long>> after, Map<String, Map<String, Long>> before) {
        Map<String, Map<String, Long>> difference = new TreeMap<>();
        after.forEach((endpoint, outcomes) -> {
            Map<String, Long> counts = new TreeMap<>();
            outcomes.forEach((outcome, count) -> {
                long delta = count - before.getOrDefault(endpoint, Map.of()).getOrDefault(outcome, 0L);
                if (delta != 0) {
                    counts.put(outcome, delta);
                }
            });
            if (!counts.isEmpty()) {
                difference.put(endpoint, counts);
            }
        });
        return difference;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
