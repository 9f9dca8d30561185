package nl.totalservice.onboarding.e2e;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

/**
 * A minimal OTLP/HTTP trace receiver ({@code POST /v1/traces}, protobuf) for the services under
 * test: it keeps each span's trace id, span id, parent, name, kind and service. It reads just those
 * fields of the OTLP protobuf messages (field numbers from opentelemetry-proto's trace.proto and
 * resource.proto) and skips everything else.
 */
final class TraceCollector implements AutoCloseable {

    /** One received span. */
    record CollectedSpan(String service, String traceId, String spanId, String parentSpanId, String name, Kind kind) {
    }

    /** OTLP's SpanKind numbers. */
    enum Kind { UNSPECIFIED, INTERNAL, SERVER, CLIENT, PRODUCER, CONSUMER }

    private final HttpServer server;
    private final List<CollectedSpan> spans = new CopyOnWriteArrayList<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    private TraceCollector(HttpServer server) {
        this.server = server;
    }

    static TraceCollector start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            TraceCollector collector = new TraceCollector(server);
            // every path, so that a request to an unexpected one shows in what() instead of vanishing
            server.createContext("/", exchange -> {
                String request = exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                        + exchange.getRequestHeaders().getFirst("Content-Type");
                try (InputStream body = exchange.getRequestBody()) {
                    byte[] bytes = body.readAllBytes();
                    if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                        bytes = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes)).readAllBytes();
                    }
                    int before = collector.spans.size();
                    collector.readRequest(bytes);
                    collector.requests.add(request + " -> " + (collector.spans.size() - before) + " spans");
                    exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
                    exchange.sendResponseHeaders(200, -1);
                } catch (RuntimeException e) {
                    collector.requests.add(request + " -> " + e);
                    exchange.sendResponseHeaders(400, -1);
                } finally {
                    exchange.close();
                }
            });
            server.start();
            return collector;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the OTLP receiver", e);
        }
    }

    /** The base URL to give the services as their OTLP endpoint. */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Every span of {@code traceId} received so far. */
    List<CollectedSpan> trace(String traceId) {
        return spans.stream().filter(span -> span.traceId().equals(traceId)).toList();
    }

    /** What was received: the last requests and how many spans of which services, for a failure message. */
    String what() {
        List<String> last = requests.subList(Math.max(0, requests.size() - 10), requests.size());
        return requests.size() + " requests (last: " + last + "), " + spans.size() + " spans from "
                + spans.stream().map(CollectedSpan::service).distinct().toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    // ExportTraceServiceRequest { repeated ResourceSpans resource_spans = 1; }
    private void readRequest(byte[] bytes) {
        Wire request = new Wire(bytes);
        while (request.next()) {
            if (request.field() == 1) {
                readResourceSpans(request.message());
            } else {
                request.skip();
            }
        }
    }

    // ResourceSpans { Resource resource = 1; repeated ScopeSpans scope_spans = 2; }
    private void readResourceSpans(Wire resourceSpans) {
        String service = null;
        List<Wire> scopes = new ArrayList<>();
        while (resourceSpans.next()) {
            if (resourceSpans.field() == 1) {
                service = serviceName(resourceSpans.message());
            } else if (resourceSpans.field() == 2) {
                scopes.add(resourceSpans.message());
            } else {
                resourceSpans.skip();
            }
        }
        for (Wire scope : scopes) {
            // ScopeSpans { InstrumentationScope scope = 1; repeated Span spans = 2; }
            while (scope.next()) {
                if (scope.field() == 2) {
                    spans.add(readSpan(service, scope.message()));
                } else {
                    scope.skip();
                }
            }
        }
    }

    // Resource { repeated KeyValue attributes = 1; }  KeyValue { string key = 1; AnyValue value = 2; }
    // AnyValue { string string_value = 1; ... }
    private static String serviceName(Wire resource) {
        while (resource.next()) {
            if (resource.field() != 1) {
                resource.skip();
                continue;
            }
            Wire attribute = resource.message();
            String key = null;
            String value = null;
            while (attribute.next()) {
                if (attribute.field() == 1) {
                    key = attribute.string();
                } else if (attribute.field() == 2) {
                    Wire any = attribute.message();
                    while (any.next()) {
                        if (any.field() == 1) {
                            value = any.string();
                        } else {
                            any.skip();
                        }
                    }
                } else {
                    attribute.skip();
                }
            }
            if ("service.name".equals(key)) {
                return value;
            }
        }
        return null;
    }

    // Span { bytes trace_id = 1; bytes span_id = 2; string trace_state = 3; bytes parent_span_id = 4;
    //        string name = 5; SpanKind kind = 6; ... }
    private static CollectedSpan readSpan(String service, Wire span) {
        String traceId = null;
        String spanId = null;
        String parent = "";
        String name = null;
        Kind kind = Kind.UNSPECIFIED;
        while (span.next()) {
            switch (span.field()) {
                case 1 -> traceId = HexFormat.of().formatHex(span.bytes());
                case 2 -> spanId = HexFormat.of().formatHex(span.bytes());
                case 4 -> parent = HexFormat.of().formatHex(span.bytes());
                case 5 -> name = span.string();
                case 6 -> kind = Kind.values()[(int) span.varint()];
                default -> span.skip();
            }
        }
        return new CollectedSpan(service, traceId, spanId, parent, name, kind);
    }

    /** Reads protobuf's wire format: a tag (field number and wire type), then a value of that type. */
    private static final class Wire {

        private final ByteBuffer buffer;
        private int field;
        private int type;

        Wire(byte[] bytes) {
            this(ByteBuffer.wrap(bytes));
        }

        private Wire(ByteBuffer buffer) {
            this.buffer = buffer.order(ByteOrder.LITTLE_ENDIAN);
        }

        boolean next() {
            if (!buffer.hasRemaining()) {
                return false;
            }
            long tag = varint();
            field = (int) (tag >>> 3);
            type = (int) (tag & 7);
            return true;
        }

        int field() {
            return field;
        }

        long varint() {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                byte b = buffer.get();
                value |= (long) (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
            throw new IllegalArgumentException("malformed varint");
        }

        byte[] bytes() {
            byte[] value = new byte[(int) varint()];
            buffer.get(value);
            return value;
        }

        String string() {
            return new String(bytes(), StandardCharsets.UTF_8);
        }

        Wire message() {
            return new Wire(bytes());
        }

        void skip() {
            switch (type) {
                case 0 -> varint();
                case 1 -> buffer.position(buffer.position() + 8);
                case 2 -> {
                    int length = (int) varint(); // read before position(): it moves past the length
                    buffer.position(buffer.position() + length);
                }
                case 5 -> buffer.position(buffer.position() + 4);
                default -> throw new IllegalArgumentException("unsupported wire type " + type);
            }
        }
    }
}
