package nl.totalservice.onboarding.task;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.totalservice.onboarding.platform.testing.fuzz.FuzzReport;
import nl.totalservice.onboarding.platform.testing.fuzz.OpenApiFuzzer;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed requests generated from this service's OpenAPI document, as every role and none: a short
 * run here, 10,000 and more with {@code -Dfuzz.requests=10000}. Never a 5xx, every 4xx a problem document.
 */
@QuarkusTest
class OpenApiFuzzTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void answersMalformedRequestsWithProblemDocumentsAndNeverAServerError() {
        int requests = OpenApiFuzzer.requestsFromSystemProperty(400);

        FuzzReport report = OpenApiFuzzer.forDevRoles(base, 14).run(requests);

        assertThat(report.sent()).isEqualTo(requests);
        // it reached the validation, the authentication and the path-id refusals, not one of them only
        assertThat(report.statuses()).as(report.toString()).containsKeys(400, 401, 404);
        assertThat(report.failures()).as(report.toString()).isEmpty();
    }
}
