package nl.totalservice.onboarding.platform.testing.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * A packaged service ({@code java -jar target/quarkus-app/quarkus-run.jar}, prod profile) started as
 * an operator would: only the environment given here, none of the caller's Quarkus, JWT or Kafka
 * settings. Its console output goes to a file that the test reads.
 */
public final class PackagedService implements AutoCloseable {

    private static final List<String> INHERITED_PREFIXES = List.of("QUARKUS_", "MP_JWT_", "SMALLRYE_", "KAFKA_");

    private final Process process;
    private final Path output;
    private final Map<String, String> environment;

    private PackagedService(Process process, Path output, Map<String, String> environment) {
        this.process = process;
        this.output = output;
        this.environment = Map.copyOf(environment);
    }

    /** Starts {@code jar} with exactly {@code environment} on top of the caller's non-service variables. */
    public static PackagedService start(Path jar, Map<String, String> environment) {
        try {
            Path output = Files.createTempFile("packaged-service", ".log");
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-jar", jar.toAbsolutePath().toString())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().keySet().removeIf(name -> INHERITED_PREFIXES.stream().anyMatch(name::startsWith));
            builder.environment().putAll(environment);
            return new PackagedService(builder.start(), output, environment);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + jar, e);
        }
    }

    /** The exit code once it exited within {@code timeout}; empty while it still runs. */
    public OptionalInt awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    ? OptionalInt.of(process.exitValue()) : OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.empty();
        }
    }

    /** The value of one of the variables it was started with (null when not given). */
    public String environment(String name) {
        return environment.get(name);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Every line it wrote to its console so far. */
    public List<String> lines() {
        try {
            return new ArrayList<>(Files.readAllLines(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        try {
            Files.deleteIfExists(output);
        } catch (IOException ignored) {
            // a temp file left behind is harmless
        }
    }
}
