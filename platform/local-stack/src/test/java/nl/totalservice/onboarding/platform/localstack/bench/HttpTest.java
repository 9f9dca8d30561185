package nl.totalservice.onboarding.platform.localstack.bench;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class HttpTest {

    private final AtomicInteger calls = new AtomicInteger();
    private HttpServer server;

    /** A service that answers 503 with {@code Retry-After: 1} to the first {@code unavailable} calls, then 200. */
    private String serviceUnavailableFor(int unavailable, String retryAfter) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/leads", exchange -> {
            boolean away = calls.incrementAndGet() <= unavailable;
            byte[] body = (away ? "{\"status\":503}" : "{\"id\":\"x\"}").getBytes(StandardCharsets.UTF_8);
            if (away && retryAfter != null) {
                exchange.getResponseHeaders().add("Retry-After", retryAfter);
            }
            exchange.sendResponseHeaders(away ? 503 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/leads";
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void sendsACallAnswered503AgainAfterItsRetryAfterAndCountsEach503() throws Exception {
        String url = serviceUnavailableFor(2, "1");
        Http http = new Http(5);

        long start = System.nanoTime();
        HttpResponse<String> response = http.send("GET /api/leads", "GET", url, "token", null).join();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(calls).hasValue(3);
        assertThat((System.nanoTime() - start) / 1e9).as("waited Retry-After (1 s) twice").isGreaterThanOrEqualTo(2.0);
        assertThat(http.answers()).isEqualTo(Map.of("GET /api/leads", Map.of("503", 2L, "200", 1L)));
    }

    @Test
    void givesUpAfterItsRetriesWithTheLast503() throws Exception {
        String url = serviceUnavailableFor(10, "1");
        Http http = new Http(1);

        HttpResponse<String> response = http.send("GET /api/leads", "GET", url, "token", null).join();

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(calls).hasValue(2);
    }

    @Test
    void takesA503AsItComesWithoutRetries() throws Exception {
        String url = serviceUnavailableFor(1, "1");

        HttpResponse<String> response = new Http().send("GET /api/leads", "GET", url, "token", null).join();

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(calls).hasValue(1);
    }

    @Test
    void waitsTheDefaultWhenRetryAfterIsMissingOrADate() throws Exception {
        String url = serviceUnavailableFor(2, "Wed, 21 Oct 2026 07:28:00 GMT");
        HttpResponse<String> dated = new Http().send("GET /api/leads", "GET", url, "token", null).join();
        assertThat(Http.retryAfter(dated)).isEqualTo(Http.DEFAULT_RETRY_AFTER);
    }

    @Test
    void countsAnswersByKindWith503ApartFromOtherServerErrors() {
        Map<String, Map<String, Long>> answers = Map.of(
                "POST /api/leads", Map.of("201", 90L, "503", 7L, "500", 1L, "ConnectException", 3L),
                "PUT /api/leads/{id}/interest", Map.of("200", 80L, "503", 2L, "409", 1L, "502", 1L));

        assertThat(Http.byKind(answers)).isEqualTo(Map.of("2xx", 170L, "503", 9L, "other 5xx", 2L, "4xx", 1L,
                "no answer", 3L));
    }
}
