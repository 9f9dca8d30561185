package nl.totalservice.onboarding.platform.localstack.faults;

import nl.totalservice.onboarding.platform.localstack.ServiceProcess;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A piece of infrastructure as a killable process: the Kafka broker (its own JVM) or the PostgreSQL
 * server (the postmaster of its data directory, started by a small JVM that waits beside it).
 * Restarts use the same data directory and port.
 */
final class InfraProcess {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final String kind;
    private final Path dir;
    private final int port;
    private final List<String> databases;
    private final Path logs;
    private Process launcher;
    private int starts;

    private InfraProcess(String kind, Path dir, int port, List<String> databases, Path logs) {
        this.kind = kind;
        this.dir = dir;
        this.port = port;
        this.databases = databases;
        this.logs = logs;
    }

    static InfraProcess kafka(Path dir, int port, Path logs) {
        return new InfraProcess("kafka", dir, port, List.of(), logs);
    }

    static InfraProcess postgres(Path dir, int port, List<String> databases, Path logs) {
        return new InfraProcess("postgres", dir, port, databases, logs);
    }

    /** Starts (again) on the same directory and port; returns when it serves. */
    void start() throws IOException, InterruptedException {
        starts++;
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + ServiceProcess.MARKER_PROPERTY + "=" + dir.getParent(), kind.equals("kafka") ? "-Xmx512m" : "-Xmx64m",
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                "-cp", System.getProperty("java.class.path"), InfraMain.class.getName(), kind, dir.toString(),
                Integer.toString(port)));
        command.addAll(databases);
        Path log = logs.resolve(kind + "-" + starts + ".log");
        launcher = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        List<String> seen = new ArrayList<>();
        String line;
        while ((line = output.readLine()) != null) {
            seen.add(line);
            if (line.equals("READY")) {
                Thread copier = new Thread(() -> copy(output, log, seen), kind + "-log");
                copier.setDaemon(true);
                copier.start();
                return;
            }
            if (System.nanoTime() > deadline) {
                break;
            }
        }
        Files.write(log, seen);
        throw new IllegalStateException(kind + " did not start; see " + log);
    }

    /** SIGKILL: the broker's JVM, or the postmaster and every backend of it (as a crash of the machine would). */
    void kill() throws IOException, InterruptedException {
        if (kind.equals("postgres")) {
            ProcessHandle postmaster = postmaster();
            if (postmaster != null) {
                List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
                postmaster.destroyForcibly();
                all.forEach(ProcessHandle::destroyForcibly);
                postmaster.onExit().join();
            }
        }
        launcher.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    /** PostgreSQL's fast shutdown (SIGINT to the postmaster: roll back open transactions, checkpoint, exit). */
    void fastStop() throws Exception {
        ProcessHandle postmaster = postmaster();
        if (postmaster != null) {
            new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid())).inheritIO().start().waitFor();
            postmaster.onExit().get(60, TimeUnit.SECONDS);
        }
        stopLauncher();
    }

    /** At the end: PostgreSQL stopped fast, the broker stopped cleanly. */
    void stop() {
        try {
            if (kind.equals("postgres")) {
                fastStop();
            } else {
                stopLauncher();
            }
        } catch (Exception e) {
            System.err.println("[faults] while stopping " + kind + ": " + e);
            launcher.destroyForcibly();
        }
    }

    long pid() {
        ProcessHandle postmaster = kind.equals("postgres") ? postmaster() : null;
        return postmaster != null ? postmaster.pid() : launcher.pid();
    }

    private void stopLauncher() throws InterruptedException {
        try {
            launcher.getOutputStream().close();
        } catch (IOException e) {
            // already gone
        }
        if (!launcher.waitFor(60, TimeUnit.SECONDS)) {
            launcher.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private ProcessHandle postmaster() {
        try {
            List<String> lines = Files.readAllLines(dir.resolve("postmaster.pid"));
            return lines.isEmpty() ? null : ProcessHandle.of(Long.parseLong(lines.get(0).trim())).orElse(null);
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    private static void copy(BufferedReader output, Path log, List<String> seen) {
        try (var writer = Files.newBufferedWriter(log)) {
            for (String line : seen) {
                writer.write(line);
                writer.newLine();
            }
            String line;
            while ((line = output.readLine()) != null) {
                writer.write(line);
                writer.newLine();
                writer.flush();
            }
        } catch (IOException e) {
            // the process is gone
        }
    }
}
