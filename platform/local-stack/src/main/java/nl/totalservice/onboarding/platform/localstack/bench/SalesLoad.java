package nl.totalservice.onboarding.platform.localstack.bench;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.DoubleUnaryOperator;

/**
 * Sales, open loop: flows start when the clock says (arrival n at the integral of the rate), never
 * waiting for earlier ones; each registers a lead (unique KvK number and email) and, once it is
 * registered, records the customer's interest.
 */
public final class SalesLoad {

    static final String REGISTER = "POST /api/leads";
    static final String INTEREST = "PUT /api/leads/{id}/interest";

    private final Http http;
    private final String leadService;
    private final String token;
    private final Flows flows;
    private final List<Postcodes.Place> places;
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicLong kvk;
    private final String runId = Long.toString(System.currentTimeMillis(), 36);

    public SalesLoad(Http http, String leadService, String token, Flows flows, List<Postcodes.Place> places) {
        this.http = http;
        this.leadService = leadService;
        this.token = token;
        this.flows = flows;
        this.places = places;
        this.kvk = new AtomicLong(10_000_000L + (System.currentTimeMillis() / 1000) % 1_000_000 * 10);
    }

    /**
     * Runs flows for {@code seconds}, at {@code rate.applyAsDouble(elapsed fraction)} flows/s
     * (constant or a ramp); returns when the last one was started (not finished).
     */
    public void run(Flow.Phase phase, double seconds, DoubleUnaryOperator rate) {
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        double due = 0; // seconds after start of the next arrival
        while (true) {
            long scheduled = start + (long) (due * 1e9);
            if (scheduled >= end) {
                return;
            }
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            startFlow(phase, scheduled);
            due += 1.0 / Math.max(0.1, rate.applyAsDouble(due / seconds));
        }
    }

    /** Starts one flow now; completes when its interest is recorded (for one-at-a-time runs). */
    public CompletableFuture<Flow> startFlow(Flow.Phase phase, long scheduled) {
        Flow flow = flows.start(phase, scheduled);
        long number = kvk.incrementAndGet();
        Postcodes.Place place = places.get((int) (number % places.size()));
        String body = """
                {"companyName":"Bench %d B.V.","kvkNumber":"%08d","source":"WEBSITE",
                 "contact":{"name":"Bench Contact","email":"bench-%s-%d@example.nl","phone":"06-12345678"},
                 "address":{"street":"Dorpsstraat","houseNumber":"%d","postcode":"%s","city":"%s"}}"""
                .formatted(number, number % 100_000_000L, runId, number, 1 + number % 200, place.postcode(), place.city());
        return http.send(REGISTER, "POST", leadService + "/api/leads", token, body)
                .thenCompose(response -> {
                    UUID leadId = created(response);
                    if (leadId == null) {
                        flow.failed = true;
                        return CompletableFuture.completedFuture(flow);
                    }
                    flow.registered = System.nanoTime();
                    flows.registered(flow, leadId);
                    flow.interestSent = System.nanoTime();
                    return http.send(INTEREST, "PUT", leadService + "/api/leads/" + leadId + "/interest", token,
                            "{\"interested\":true}").thenApply(interest -> {
                                if (interest != null && interest.statusCode() == 200) {
                                    flow.interestRecorded = System.nanoTime();
                                } else {
                                    flow.failed = true;
                                }
                                return flow;
                            });
                });
    }

    private UUID created(HttpResponse<String> response) {
        if (response == null || response.statusCode() != 201) {
            return null;
        }
        try {
            return UUID.fromString(json.readTree(response.body()).path("id").asText());
        } catch (Exception e) {
            return null;
        }
    }
}
