package nl.totalservice.onboarding.platform.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A service running as {@code java -jar <service>/target/quarkus-app/quarkus-run.jar}, logging to a file. */
public final class ServiceProcess {

    /** System property on every child JVM so that a later run can find strays of this data directory. */
    public static final String MARKER_PROPERTY = "local-stack.home";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final ServiceDefinition definition;
    private final Path log;
    private final Process process;

    private ServiceProcess(ServiceDefinition definition, Path log, Process process) {
        this.definition = definition;
        this.log = log;
        this.process = process;
    }

    /** The local stack's JVM options: C1 only and a small heap start fast, which suits a developer's stack. */
    public static final List<String> LOCAL_JVM_OPTIONS =
            List.of("-Xms64m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError");

    public static ServiceProcess start(ServiceDefinition definition, Path jar, Path dataDir, Map<String, String> environment)
            throws IOException {
        return start(definition, jar, dataDir, environment, LOCAL_JVM_OPTIONS);
    }

    /** Starts with other JVM options (the benchmark runs what production runs). */
    public static ServiceProcess start(ServiceDefinition definition, Path jar, Path dataDir, Map<String, String> environment,
                                       List<String> jvmOptions) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IOException(jar + " does not exist: build first (mvn -B package -DskipTests)");
        }
        Path logs = Files.createDirectories(dataDir.resolve("logs"));
        Path log = logs.resolve(definition.name() + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + MARKER_PROPERTY + "=" + dataDir));
        command.addAll(jvmOptions);
        command.addAll(List.of("-Djava.util.logging.manager=org.jboss.logmanager.LogManager", "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().putAll(environment);
        return new ServiceProcess(definition, log, builder.start());
    }

    public ServiceDefinition definition() {
        return definition;
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** Whether {@code /q/health/ready} answers UP. */
    public boolean isReady() {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                            URI.create(definition.baseUrl() + "/q/health/ready")).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Asks the service to stop (SIGTERM: Quarkus shuts down gracefully), then forces it. */
    public void stop(Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /**
     * What explains a failure: the log from its first ERROR line on, and its last lines (where the
     * cause of a failed start usually is), at most {@code lines} of each without repeating any.
     */
    public List<String> tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            int last = Math.max(0, all.size() - lines);
            int firstError = -1;
            for (int i = 0; i < last && firstError < 0; i++) {
                if (all.get(i).contains(" ERROR ")) {
                    firstError = i;
                }
            }
            if (firstError < 0) {
                return all.subList(last, all.size());
            }
            List<String> shown = new ArrayList<>(all.subList(firstError, Math.min(last, firstError + lines)));
            if (firstError + lines < last) {
                shown.add("...");
            }
            shown.addAll(all.subList(last, all.size()));
            return shown;
        } catch (IOException e) {
            return List.of("(no log: " + e.getMessage() + ")");
        }
    }
}
