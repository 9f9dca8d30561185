package nl.totalservice.onboarding.platform.localstack.faults;

import nl.totalservice.onboarding.platform.localstack.ServiceDefinition;
import nl.totalservice.onboarding.platform.localstack.ServiceProcess;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One running instance of a service; restarted with the same command, each start logging to a file of its own. */
final class Instance {

    private final ServiceDefinition definition;
    private final Path jar;
    private final Path dataDir;
    private final Map<String, String> environment;
    private final List<String> jvmOptions;
    private ServiceProcess process;
    private int starts;
    private long startedAt;

    Instance(ServiceDefinition definition, Path jar, Path dataDir, Map<String, String> environment, List<String> jvmOptions) {
        this.definition = definition;
        this.jar = jar;
        this.dataDir = dataDir;
        this.environment = environment;
        this.jvmOptions = jvmOptions;
    }

    void start() throws IOException {
        starts++;
        // logs/<service>-<port>-<start>/logs/<service>.log: a restart never overwrites what the killed one wrote
        Path home = dataDir.resolve("logs").resolve(definition.name() + "-" + definition.port() + "-" + starts);
        startedAt = System.nanoTime();
        process = ServiceProcess.start(definition, jar, home, environment, jvmOptions);
    }

    /** SIGKILL, and wait until it is gone. */
    void kill() throws InterruptedException {
        ProcessHandle.of(process.pid()).ifPresent(handle -> {
            handle.destroyForcibly();
            handle.onExit().join();
        });
    }

    /** SIGTERM: Quarkus' graceful shutdown. */
    void stop() {
        process.stop(Duration.ofSeconds(30));
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    boolean isReady() {
        return isAlive() && process.isReady();
    }

    String name() {
        return definition.name() + ":" + definition.port();
    }

    ServiceDefinition definition() {
        return definition;
    }

    ServiceProcess process() {
        return process;
    }

    /** Waits until ready; the seconds since its (last) start, or -1 when it was not ready within {@code limit} of that. */
    double awaitReady(Duration limit) throws InterruptedException {
        long deadline = startedAt + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (isReady()) {
                return (System.nanoTime() - startedAt) / 1e9;
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        return -1;
    }
}
