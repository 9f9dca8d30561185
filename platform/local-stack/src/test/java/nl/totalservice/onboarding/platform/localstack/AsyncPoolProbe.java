package nl.totalservice.onboarding.platform.localstack;

import com.sun.net.httpserver.HttpServer;

import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ForkJoinPool;

/**
 * Run in a JVM of its own by {@link AsyncPoolTest}: {@code shared} first calls {@link AsyncPool#atLeastTwoThreads},
 * {@code default} does not; then 100 {@code sendAsync} calls, one after the other, as the load generator
 * makes them. Prints the common pool's parallelism and how many threads the JVM started during the calls.
 */
public final class AsyncPoolProbe {

    static final int CALLS = 100;

    private AsyncPoolProbe() {
    }

    public static void main(String[] args) throws Exception {
        if ("shared".equals(args[0])) {
            AsyncPool.atLeastTwoThreads();
        }
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/")).build();
        client.send(request, HttpResponse.BodyHandlers.ofString()); // the client's own threads and the connection
        long before = ManagementFactory.getThreadMXBean().getTotalStartedThreadCount();
        for (int i = 0; i < CALLS; i++) {
            client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(HttpResponse::statusCode).join();
        }
        long started = ManagementFactory.getThreadMXBean().getTotalStartedThreadCount() - before;
        System.out.println("parallelism=" + ForkJoinPool.getCommonPoolParallelism() + " started=" + started);
        server.stop(0);
        System.exit(0);
    }
}
