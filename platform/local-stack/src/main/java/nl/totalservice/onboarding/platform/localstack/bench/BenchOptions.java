package nl.totalservice.onboarding.platform.localstack.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Command-line options of {@code run-local.sh bench}. */
public record BenchOptions(Path projectDir, Path dataDir, Path out, double rate, boolean findMax, double startRate,
                           double rateStep, double maxRate, Duration stepDuration, Duration warmup, Duration duration,
                           Duration drain, int partners, int idleSamples, int portBase, List<String> jvmOptions,
                           Path gazetteer) {

    /** Gives malloc's free memory back to the system every 5 s (glibc keeps it otherwise): JDK 17.0.11 and 21 on. */
    static final String TRIM_NATIVE_HEAP = "-XX:TrimNativeHeapInterval=5000";

    /**
     * What production runs (docker/Dockerfile's JAVA_OPTS): the C2 compiler alone, without tiered compilation (C1's
     * profiled code and the recompilations cost 35-50 MiB of resident memory per service and more JIT CPU in the first
     * minutes, and buy no throughput: docs/benchmarks) with one compiler thread (with two, the compiler's working memory
     * reached 26 MiB in the first minutes under load and put task-service's peak over 300 MiB), the serial collector (what the JVM picks by itself in a container
     * under 1792 MB; the cheapest on two cores with a small heap), a 128 MB heap (the services' live data under load is
     * 40-60 MB) that grows only when less than 20 % of it is free after a collection and shrinks when more than 40 % is
     * (the defaults, 40 and 70, let task-service's heap grow 22-34 MB past the others' and reach 300 MiB resident), and
     * the native heap trimmed every 5 s.
     */
    public static final List<String> PRODUCTION_JVM = List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx128m",
            "-XX:MinHeapFreeRatio=20", "-XX:MaxHeapFreeRatio=40", "-XX:-TieredCompilation", "-XX:CICompilerCount=1",
            "-XX:+ExitOnOutOfMemoryError", TRIM_NATIVE_HEAP);

    /**
     * {@link #PRODUCTION_JVM} for the JDK that runs the services here (this one): without the trim where that JDK
     * does not know the option (before 17.0.11, and 18 to 20), which would refuse to start.
     */
    public static List<String> productionJvm(Runtime.Version jdk) {
        boolean trims = jdk.feature() >= 21 || (jdk.feature() == 17 && jdk.update() >= 11);
        return trims ? PRODUCTION_JVM : PRODUCTION_JVM.stream().filter(option -> !option.equals(TRIM_NATIVE_HEAP)).toList();
    }

    /** The Dockerfile's environment: two malloc arenas, not 8 per core (the C2 compiler's arenas otherwise stay resident). */
    public static final Map<String, String> PRODUCTION_ENV = Map.of("MALLOC_ARENA_MAX", "2");

    public static final String USAGE = """
            Usage: run-local.sh bench [options]
              The whole flow under load: starts PostgreSQL and Kafka (their own JVM and processes), the four packaged
              services with production JVM settings, and an SMTP receiver in this process; registers partners; then,
              open loop at a set rate, per flow: sales registers a lead and records interest, the coordinator pages the
              queue and assigns the task to its suggestion, the partner's email reaches the SMTP receiver.

            Options:
              --rate <flows/s>         offered rate of the measured window (default 100)
              --warmup <time>          warm-up before measuring, ramping from 10 % to the full rate (default 180s)
              --duration <time>        measured window (default 5m)
              --drain <time>           after the window, how long flows may still finish (default 60s)
              --find-max               step the rate up until it no longer holds; report the highest that held
              --start-rate <flows/s>   first step of --find-max (default 20)
              --rate-step <flows/s>    increase per step (default 20)
              --max-rate <flows/s>     last step at most (default 400)
              --step-duration <time>   measured time per step (default 60s)
              --partners <n>           partner firms registered once, spread over the Netherlands (default 100)
              --idle-samples <n>       one lead at a time, after the warm-up (default 50; 0 skips)
              --out <file>             JSON results (default <project>/target/bench/bench-<UTC time>.json)
              --data-dir <dir>         fresh data directory, deleted first (default <project>/target/bench/data)
              --port-base <n>          ports n+432 PostgreSQL, n+92 Kafka, n+81..n+84 services, n+25 SMTP (default 28000)
              --jvm-opts "<options>"   service JVM options (default "-XX:+UseSerialGC -Xms32m -Xmx128m
                                       -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40
                                       -XX:-TieredCompilation -XX:CICompilerCount=1
                                       -XX:+ExitOnOutOfMemoryError
                                       -XX:TrimNativeHeapInterval=5000", with MALLOC_ARENA_MAX=2: as docker/Dockerfile
                                       runs them, the trim only on a JDK that knows it, 17.0.11 on)
              --gazetteer <file>       a GeoNames PC4 file for partner-service (default: none given, the service's own)
              <time>: 90, 90s, 5m, 1h, 2m30s
            "Holds": completed flows/s >= 95 % of offered, p99 interest -> task (TaskCreated seen on task-events) < 1 s,
            and the flows in progress did not grow by more than max(20, rate x 1 s) over the window.
            """;

    public static BenchOptions parse(List<String> args, Path defaultProjectDir) {
        Path project = defaultProjectDir;
        Path data = null;
        Path out = null;
        Path gazetteer = null;
        double rate = 100;
        boolean findMax = false;
        double startRate = 20;
        double rateStep = 20;
        double maxRate = 400;
        Duration stepDuration = Duration.ofSeconds(60);
        Duration warmup = Duration.ofSeconds(180);
        Duration duration = Duration.ofMinutes(5);
        Duration drain = Duration.ofSeconds(60);
        int partners = 100;
        int idleSamples = 50;
        int portBase = 28000;
        List<String> jvm = productionJvm(Runtime.version());
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "bench" -> {
                    // the command itself
                }
                case "--find-max" -> findMax = true;
                case "--project-dir" -> project = Path.of(value(args, ++i)).toAbsolutePath();
                case "--data-dir" -> data = Path.of(value(args, ++i)).toAbsolutePath();
                case "--out" -> out = Path.of(value(args, ++i)).toAbsolutePath();
                case "--gazetteer" -> gazetteer = Path.of(value(args, ++i)).toAbsolutePath();
                case "--rate" -> rate = positive(arg, value(args, ++i));
                case "--start-rate" -> startRate = positive(arg, value(args, ++i));
                case "--rate-step" -> rateStep = positive(arg, value(args, ++i));
                case "--max-rate" -> maxRate = positive(arg, value(args, ++i));
                case "--step-duration" -> stepDuration = duration(arg, value(args, ++i), false);
                case "--warmup" -> warmup = duration(arg, value(args, ++i), true);
                case "--duration" -> duration = duration(arg, value(args, ++i), false);
                case "--drain" -> drain = duration(arg, value(args, ++i), true);
                case "--partners" -> partners = count(arg, value(args, ++i), 1, 10_000);
                case "--idle-samples" -> idleSamples = count(arg, value(args, ++i), 0, 10_000);
                case "--port-base" -> portBase = count(arg, value(args, ++i), 1024, 65_000);
                case "--jvm-opts" -> jvm = List.of(value(args, ++i).trim().split("\\s+"));
                case "-h", "--help" -> throw new IllegalArgumentException(USAGE);
                default -> throw new IllegalArgumentException("Unknown option " + arg + "\n\n" + USAGE);
            }
        }
        if (findMax && startRate > maxRate) {
            throw new IllegalArgumentException("--start-rate " + startRate + " is above --max-rate " + maxRate);
        }
        Path benchDir = project.resolve("target/bench");
        if (data == null) {
            data = benchDir.resolve("data");
        }
        if (out == null) {
            out = benchDir.resolve("bench-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)
                    .withZone(ZoneOffset.UTC).format(Instant.now()) + ".json");
        }
        return new BenchOptions(project, data, out, rate, findMax, startRate, rateStep, maxRate, stepDuration, warmup,
                duration, drain, partners, idleSamples, portBase, List.copyOf(jvm), gazetteer);
    }

    public int postgresPort() {
        return portBase + 432;
    }

    public int kafkaPort() {
        return portBase + 92;
    }

    public int smtpPort() {
        return portBase + 25;
    }

    /** Port of the n-th service (0: lead, 1: partner, 2: task, 3: notification). */
    public int servicePort(int index) {
        return portBase + 81 + index;
    }

    private static String value(List<String> args, int i) {
        if (i >= args.size()) {
            throw new IllegalArgumentException("Option " + args.get(i - 1) + " needs a value\n\n" + USAGE);
        }
        return args.get(i);
    }

    private static double positive(String option, String value) {
        try {
            double number = Double.parseDouble(value);
            if (number > 0 && Double.isFinite(number)) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " needs a positive number, not " + value);
    }

    private static int count(String option, String value, int min, int max) {
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " needs a whole number from " + min + " to " + max + ", not " + value);
    }

    private static final Pattern DURATION = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s?)?");

    /** {@code 90}, {@code 90s}, {@code 5m}, {@code 1h}, {@code 2m30s}. */
    static Duration duration(String option, String value, boolean zeroAllowed) {
        Matcher matcher = DURATION.matcher(value.trim());
        if (!value.isBlank() && matcher.matches()) {
            long seconds = group(matcher, 1) * 3600 + group(matcher, 2) * 60 + group(matcher, 3);
            if (seconds > 0 || zeroAllowed) {
                return Duration.ofSeconds(seconds);
            }
        }
        throw new IllegalArgumentException(option + " needs a time like 90s, 5m or 2m30s, not " + value);
    }

    private static long group(Matcher matcher, int group) {
        return matcher.group(group) == null ? 0 : Long.parseLong(matcher.group(group));
    }
}
