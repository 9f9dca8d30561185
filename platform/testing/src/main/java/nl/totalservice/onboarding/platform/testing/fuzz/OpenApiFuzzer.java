package nl.totalservice.onboarding.platform.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.totalservice.onboarding.platform.testing.jwt.DevTokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Sends malformed requests generated from a running service's OpenAPI document ({@code /q/openapi}):
 * every operation, with blank, foreign, malformed and huge path ids; query values of the wrong type,
 * out of range or huge; bodies with wrong types, huge values, missing fields or broken JSON; as every
 * role, with no token and with a forged one. The rule it checks: never a 5xx, and every 4xx is
 * {@code application/problem+json} whose {@code status} is the response's.
 *
 * <p>Requests go out as {@code java.net.http} sends them (HTTP/1.1 with an h2c upgrade to HTTP/2, as
 * the server accepts it), so both protocols' limits are met. A request without an answer (the server
 * closed the connection) counts as a failure (status 0). The seed fixes which flaws go to which operation (ids are random). {@code fuzz.requests} (system property) sets how many
 * requests a run sends when the caller asks for {@link #requestsFromSystemProperty(int)}.
 */
public final class OpenApiFuzzer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private final URI base;
    private final Map<String, String> tokens;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Random random;
    private JsonNode document;

    private OpenApiFuzzer(URI base, Map<String, String> tokens, long seed) {
        this.base = base;
        this.tokens = tokens;
        this.random = new Random(seed);
    }

    /** A fuzzer for the service at {@code base}, with development tokens for every role. */
    public static OpenApiFuzzer forDevRoles(URI base, long seed) {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("sales", DevTokens.sales("fuzz-sales@totalservice.nl"));
        tokens.put("coordinator", DevTokens.coordinator("fuzz-coordinator@totalservice.nl"));
        tokens.put("ops", DevTokens.ops("fuzz-ops@totalservice.nl"));
        tokens.put("partner", DevTokens.partner("fuzz-partner@partners.example", UUID.randomUUID().toString()));
        tokens.put("forged", DevTokens.sales("fuzz@totalservice.nl").replaceAll("\\.[^.]*$", ".c2lnbmF0dXJl"));
        return new OpenApiFuzzer(base, tokens, seed);
    }

    /** {@code fuzz.requests} when set (a long run: 10000 and more), else {@code ciDefault}. */
    public static int requestsFromSystemProperty(int ciDefault) {
        return Integer.getInteger("fuzz.requests", ciDefault);
    }

    /** Generates and sends {@code count} requests (cycling over the operations), and reports. */
    public FuzzReport run(int count) {
        List<Operation> operations = operations();
        if (operations.isEmpty()) {
            throw new IllegalStateException("No operations in " + base.resolve("/q/openapi"));
        }
        Map<Integer, Integer> statuses = new HashMap<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            FuzzRequest request = generate(operations.get(i % operations.size()));
            HttpResponse<String> response;
            try {
                response = send(request);
            } catch (UncheckedIOException e) {
                statuses.merge(0, 1, Integer::sum);
                failures.add(request + " -> no answer: " + e.getCause());
                continue;
            }
            statuses.merge(response.statusCode(), 1, Integer::sum);
            String broken = broken(response);
            if (broken != null) {
                failures.add(request + " -> " + response.statusCode() + ": " + broken);
            }
        }
        return new FuzzReport(count, statuses, failures);
    }

    /** Why the response breaks the rule, or null. */
    static String broken(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status >= 500) {
            return "server error " + excerpt(response.body());
        }
        if (status < 400) {
            return null;
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            return "not a problem document (Content-Type '" + type + "') " + excerpt(response.body());
        }
        try {
            JsonNode problem = JSON.readTree(response.body());
            if (problem.path("status").asInt() != status || problem.path("title").asText().isEmpty()) {
                return "problem document without matching status and title " + excerpt(response.body());
            }
        } catch (IOException e) {
            return "unreadable problem document " + excerpt(response.body());
        }
        return null;
    }

    private static String excerpt(String body) {
        String text = body == null ? "" : body.replaceAll("\\s+", " ");
        return "'" + (text.length() > 200 ? text.substring(0, 200) + "..." : text) + "'";
    }

    private record Operation(String method, String path, List<JsonNode> parameters, JsonNode bodySchema) {
    }

    private List<Operation> operations() {
        if (document == null) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/q/openapi?format=json"))
                        .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
                document = JSON.readTree(response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        List<Operation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> METHODS.forEach(method -> {
            JsonNode operation = path.getValue().get(method);
            if (operation != null) {
                List<JsonNode> parameters = new ArrayList<>();
                path.getValue().path("parameters").forEach(parameters::add);
                operation.path("parameters").forEach(parameters::add);
                JsonNode body = operation.path("requestBody").path("content").path("application/json").path("schema");
                operations.add(new Operation(method.toUpperCase(), path.getKey(), parameters,
                        body.isMissingNode() ? null : resolve(body)));
            }
        }));
        return operations;
    }

    private FuzzRequest generate(Operation operation) {
        List<String> roles = new ArrayList<>(tokens.keySet());
        roles.add(null);
        String role = roles.get(random.nextInt(roles.size()));
        StringBuilder flaws = new StringBuilder();
        String path = operation.path();
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : operation.parameters()) {
            String name = parameter.path("name").asText();
            JsonNode schema = resolve(parameter.path("schema"));
            String in = parameter.path("in").asText();
            if ("path".equals(in)) {
                Values.Value value = Values.pathValue(random, schema);
                path = path.replace("{" + name + "}", value.text());
                flaws.append(name).append('=').append(value.flaw()).append(' ');
            } else if ("query".equals(in) && random.nextInt(3) > 0) {
                Values.Value value = Values.queryValue(random, schema);
                query.append(query.isEmpty() ? '?' : '&').append(Values.encode(name)).append('=').append(value.text());
                flaws.append(name).append('=').append(value.flaw()).append(' ');
            }
        }
        String body = null;
        String contentType = null;
        if (operation.bodySchema() != null || !"GET".equals(operation.method()) && !"DELETE".equals(operation.method())) {
            Values.Value value = Values.body(random, operation.bodySchema(), this::resolve);
            body = value.text();
            contentType = random.nextInt(12) == 0 ? "text/plain" : "application/json";
            flaws.append("body=").append(value.flaw());
        }
        return new FuzzRequest(operation.method(), path + query, role, flaws.toString().trim(), contentType, body);
    }

    private HttpResponse<String> send(FuzzRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + request.path()))
                .timeout(Duration.ofSeconds(30));
        if (request.role() != null) {
            builder.header("Authorization", "Bearer " + tokens.get(request.role()));
        }
        if (request.body() != null) {
            builder.header("Content-Type", request.contentType());
        }
        builder.method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(request.body()));
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("No answer to " + request, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Follows a {@code $ref} into the document's components. */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int depth = 0; depth < 10 && current != null && current.has("$ref"); depth++) {
            String ref = current.get("$ref").asText();
            current = document.at(ref.substring(1));
        }
        if (current != null && current.has("allOf") && current.get("allOf").size() == 1) {
            return resolve(current.get("allOf").get(0));
        }
        return current;
    }
}
