package nl.totalservice.onboarding.platform.localstack;

import com.sun.net.httpserver.HttpServer;
import nl.totalservice.onboarding.platform.localstack.bench.Http;

import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ForkJoinPool;

/**
 * Run in a JVM of its own by {@link AsyncPoolTest}. {@code default} and {@code shared} (which first calls
 * {@link AsyncPool#atLeastTwoThreads}) make 100 calls with the benchmark's {@link Http} client, one after
 * the other, and print the common pool's parallelism and how many threads the JVM started during the
 * calls. {@code main} runs the local stack's {@code main} ({@code bench --help}, which exits) and prints
 * the parallelism the common pool then has.
 */
public final class AsyncPoolProbe {

    static final int CALLS = 100;

    private AsyncPoolProbe() {
    }

    public static void main(String[] args) throws Exception {
        if ("main".equals(args[0])) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> report(0)));
            LocalStack.main(new String[] {"bench", "--help"});
            return;
        }
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
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        Http http = new Http();
        http.send("probe", "GET", url, "token", null).join(); // the client's own threads and the connection
        long before = ManagementFactory.getThreadMXBean().getTotalStartedThreadCount();
        for (int i = 0; i < CALLS; i++) {
            http.send("probe", "GET", url, "token", null).join();
        }
        report(ManagementFactory.getThreadMXBean().getTotalStartedThreadCount() - before);
        server.stop(0);
        System.exit(0);
    }

    private static void report(long started) {
        System.out.println("parallelism=" + ForkJoinPool.getCommonPoolParallelism() + " started=" + started);
    }
}
