package nl.totalservice.onboarding.platform.localstack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** CPU time and memory of processes, from Linux's /proc (clock ticks of 1/100 s). */
final class ProcStats {

    static final double TICKS_PER_SECOND = 100.0; // USER_HZ, 100 on every Linux we run on

    private ProcStats() {
    }

    /** User + system CPU ticks of one process (all its threads), 0 when it is gone. */
    static long cpuTicks(long pid) {
        return statFields(pid).map(fields -> Long.parseLong(fields[11]) + Long.parseLong(fields[12])).orElse(0L);
    }

    /**
     * A process and its children, e.g. PostgreSQL's postmaster and its backends: the live children's
     * ticks plus what the parent collected of those that exited (cutime + cstime).
     */
    static long treeTicks(long pid) {
        var parent = statFields(pid);
        if (parent.isEmpty()) {
            return 0;
        }
        String[] f = parent.get();
        long total = Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
        for (long child : children(pid)) {
            total += cpuTicks(child);
        }
        return total;
    }

    /**
     * The database a PostgreSQL backend serves, from its process title ({@code postgres: <user> <database>
     * <host>(<port>) <state>}); null for PostgreSQL's own processes (checkpointer, writers, autovacuum).
     */
    static String backendDatabase(String title) {
        String[] words = title.trim().split("\\s+");
        if (words.length < 4 || !words[0].equals("postgres:") || !words[3].contains("(")) {
            return null;
        }
        return words[2];
    }

    /**
     * CPU ticks of the live backends (the postmaster's children) that serve {@code database}: its
     * services' connections. A connection that closed in between is not counted here (its ticks are in
     * the postmaster's cutime).
     */
    static long backendTicks(long postmasterPid, String database) {
        long total = 0;
        for (long child : children(postmasterPid)) {
            if (database.equals(backendDatabase(title(child)))) {
                total += cpuTicks(child);
            }
        }
        return total;
    }

    /** A process's title: its command line, the NUL bytes between arguments as spaces; empty when it is gone. */
    private static String title(long pid) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            return new String(raw, java.nio.charset.StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }

    /** What kind of JVM thread a thread name is: JIT compiler, garbage collector, or other work. */
    enum ThreadKind { JIT, GC, OTHER }

    static ThreadKind kindOf(String threadName) {
        if (threadName.startsWith("C1 CompilerThre") || threadName.startsWith("C2 CompilerThre")) {
            return ThreadKind.JIT;
        }
        if (threadName.startsWith("GC Thread") || threadName.startsWith("G1 ") || threadName.startsWith("VM Thread")
                || threadName.startsWith("Parallel") || threadName.startsWith("PSYoung")) {
            return ThreadKind.GC;
        }
        return ThreadKind.OTHER;
    }

    /** CPU ticks of a JVM's live threads of one kind (threads that ended are not counted). */
    static long threadTicks(long pid, ThreadKind kind) {
        long total = 0;
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (kindOf(name) == kind) {
                        String[] f = parseStat(stat);
                        total += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    }
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return total;
    }

    /** Busy and total ticks of the whole machine (all cores), from /proc/stat. */
    static long[] machineTicks() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/stat"))) {
            String cpu = lines.filter(line -> line.startsWith("cpu ")).findFirst().orElseThrow();
            return parseMachine(cpu);
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }

    /** {@code cpu user nice system idle iowait irq softirq steal ...} to {busy, total}. */
    static long[] parseMachine(String cpuLine) {
        String[] f = cpuLine.trim().split("\\s+");
        long user = Long.parseLong(f[1]);
        long nice = Long.parseLong(f[2]);
        long system = Long.parseLong(f[3]);
        long idle = Long.parseLong(f[4]);
        long iowait = Long.parseLong(f[5]);
        long irq = Long.parseLong(f[6]);
        long softirq = Long.parseLong(f[7]);
        long steal = f.length > 8 ? Long.parseLong(f[8]) : 0;
        long busy = user + nice + system + irq + softirq + steal;
        return new long[] {busy, busy + idle + iowait};
    }

    /** Peak resident memory (VmHWM) in MiB, 0 when unknown. */
    static double peakRssMib(long pid) {
        return statusKb(pid, "VmHWM:") / 1024.0;
    }

    /** Current resident memory (VmRSS) in MiB, 0 when unknown. */
    static double rssMib(long pid) {
        return statusKb(pid, "VmRSS:") / 1024.0;
    }

    /** The 1, 5 and 15 minute load averages of the machine, as /proc/loadavg shows them. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long statusKb(long pid, String key) {
        try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(pid), "status"))) {
            return lines.filter(line -> line.startsWith(key)).findFirst()
                    .map(line -> Long.parseLong(line.substring(key.length()).trim().split("\\s+")[0])).orElse(0L);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static List<Long> children(long pid) {
        List<Long> children = new ArrayList<>();
        ProcessHandle.of(pid).ifPresent(parent -> parent.children().forEach(child -> children.add(child.pid())));
        return children;
    }

    private static java.util.Optional<String[]> statFields(long pid) {
        try {
            return java.util.Optional.of(parseStat(Files.readString(Path.of("/proc", Long.toString(pid), "stat"))));
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * The fields after the command name (which may hold spaces and parentheses): index 0 is the
     * state, 11 utime, 12 stime, 13 cutime, 14 cstime.
     */
    static String[] parseStat(String stat) {
        return stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
    }
}
