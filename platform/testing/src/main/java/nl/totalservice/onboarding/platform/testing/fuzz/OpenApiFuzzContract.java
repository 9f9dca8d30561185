package nl.totalservice.onboarding.platform.testing.fuzz;

import io.quarkus.test.common.http.TestHTTPResource;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Malformed requests generated from the service's own OpenAPI document, as every role and none (extend it in
 * a {@code @QuarkusTest}): a short run in the build, 10,000 and more with {@code -Dfuzz.requests=10000}. Never
 * a 5xx, every 4xx a problem document.
 */
public abstract class OpenApiFuzzContract {

    private static final long SEED = 14;

    @TestHTTPResource("/")
    URI base;

    @Test
    void answersMalformedRequestsWithProblemDocumentsAndNeverAServerError() {
        int requests = OpenApiFuzzer.requestsFromSystemProperty(400);

        FuzzReport report = OpenApiFuzzer.forDevRoles(base, SEED).run(requests);

        assertEquals(requests, report.sent(), report::toString);
        // it reached the validation, the authentication and the path-id refusals, not one of them only
        assertTrue(report.statuses().keySet().containsAll(Set.of(400, 401, 404)), report::toString);
        assertTrue(report.failures().isEmpty(), report::toString);
    }
}
