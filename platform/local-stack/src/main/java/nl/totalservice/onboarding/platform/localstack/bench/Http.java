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
import java.util.concurrent.atomic.AtomicLong;

/** Asynchronous JSON calls with a bearer token; counts every answer per endpoint and status. */
public final class Http {

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    /** endpoint -> status (or the exception's name) -> count. */
    private final Map<String, Map<String, AtomicLong>> answers = new ConcurrentHashMap<>();

    /** Sends; the future completes with the response, or with null when the call failed (counted). */
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
        return client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
                .handle((response, failure) -> {
                    String outcome = failure != null ? rootCause(failure).getClass().getSimpleName()
                            : Integer.toString(response.statusCode());
                    answers.computeIfAbsent(endpoint, key -> new ConcurrentHashMap<>())
                            .computeIfAbsent(outcome, key -> new AtomicLong()).incrementAndGet();
                    return failure != null ? null : response;
                });
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
