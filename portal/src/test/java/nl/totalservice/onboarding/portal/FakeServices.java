package nl.totalservice.onboarding.portal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small fake of task- and partner-service's REST APIs for the portal's page tests: canned JSON answers per
 * "METHOD path" (or "METHOD path?query" where the query matters), and a record of what the portal sent. lead-service points at a closed port: it is "down",
 * unless the resource is started with {@code lead=up}: then lead-service is this fake too, under {@link #LEAD}.
 * The real services are exercised by the browser journeys in e2e-tests.
 */
public class FakeServices implements QuarkusTestResourceLifecycleManager {

    /** A canned answer. */
    public record Answer(int status, String contentType, String body) {
    }

    /** A request the portal made. */
    public record Received(String method, String path, String authorization, String body, String query) {
    }

    /** The path lead-service's API lives under on this fake when it is up. */
    public static final String LEAD = "/lead-service";

    private static final Map<String, Answer> ANSWERS = new ConcurrentHashMap<>();
    private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private boolean leadUp;

    @Override
    public void init(Map<String, String> args) {
        leadUp = "up".equals(args.get("lead"));
    }

    public static void answer(String method, String path, int status, String json) {
        ANSWERS.put(method + " " + path, new Answer(status, status >= 400 ? "application/problem+json" : "application/json", json));
    }

    public static List<Received> received() {
        return List.copyOf(RECEIVED);
    }

    public static void reset() {
        ANSWERS.clear();
        RECEIVED.clear();
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("portal.services.task", url, "portal.services.partner", url,
                "portal.services.lead", leadUp ? url + LEAD : "http://127.0.0.1:1", "portal.services.timeout", "3s");
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery();
        RECEIVED.add(new Received(exchange.getRequestMethod(), path,
                exchange.getRequestHeaders().getFirst("Authorization"), body, query));
        Answer answer = query == null ? null : ANSWERS.get(exchange.getRequestMethod() + " " + path + "?" + query);
        if (answer == null) {
            answer = ANSWERS.getOrDefault(exchange.getRequestMethod() + " " + path,
                    new Answer(404, "application/problem+json", "{\"title\":\"Not Found\",\"status\":404,\"detail\":\"No such thing\"}"));
        }
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", answer.contentType());
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
