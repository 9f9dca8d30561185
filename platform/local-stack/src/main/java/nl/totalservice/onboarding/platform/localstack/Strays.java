package nl.totalservice.onboarding.platform.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Finds and stops what an earlier run of this data directory left behind when its launcher was
 * killed: service JVMs (marked with {@code -Dlocal-stack.home=<dir>}) and the PostgreSQL server of
 * its data directory.
 */
public final class Strays {

    private Strays() {
    }

    /** Stops leftovers; returns a description of each one stopped. */
    public static List<String> stop(Path dataDir) {
        String serviceMarker = "-D" + ServiceProcess.MARKER_PROPERTY + "=" + dataDir;
        String postgresData = dataDir.resolve("postgres").toString();
        List<ProcessHandle> services = ProcessHandle.allProcesses()
                .filter(process -> commandLine(process).contains(serviceMarker))
                .toList();
        List<String> stopped = new java.util.ArrayList<>(terminate(services, "service JVM"));
        List<ProcessHandle> postgres = ProcessHandle.allProcesses()
                .filter(process -> process.pid() != ProcessHandle.current().pid())
                .filter(process -> {
                    String command = commandLine(process);
                    return command.contains("postgres") && command.contains(postgresData)
                            && !command.contains("java");
                })
                .toList();
        stopped.addAll(terminate(postgres, "PostgreSQL"));
        return stopped;
    }

    private static List<String> terminate(List<ProcessHandle> processes, String what) {
        processes.forEach(ProcessHandle::destroy);
        for (ProcessHandle process : processes) {
            CompletableFuture<ProcessHandle> exit = process.onExit();
            try {
                exit.get(Duration.ofSeconds(20).toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
            }
        }
        return processes.stream().map(process -> what + " (pid " + process.pid() + ")").toList();
    }

    private static String commandLine(ProcessHandle process) {
        ProcessHandle.Info info = process.info();
        return info.commandLine().orElseGet(() -> info.command().orElse("")
                + " " + String.join(" ", info.arguments().orElse(new String[0])));
    }
}
