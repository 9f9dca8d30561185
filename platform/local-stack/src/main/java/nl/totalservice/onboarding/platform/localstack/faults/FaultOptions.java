package nl.totalservice.onboarding.platform.localstack.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The options of {@code run-local.sh faults}. */
public record FaultOptions(Path projectDir, Path dataDir, Path out, int flows, double rate, Set<Fault.Group> only,
                           Duration gap, Duration drain, int partners, int declineEvery, int portBase) {

    public static final String USAGE = """
            Usage: run-local.sh faults [options]
              The fault suite: the four packaged services (production JVM settings) against PostgreSQL, a Kafka broker
              in its own JVM and an SMTP server that are killed, stopped and made to fail one after another while
              sales, the coordinator and the partners keep the seed's flow going; then checks the data itself and
              prints one line: faults: flows=N accepted=N lost=0 duplicate_emails=0 stuck_outbox=0 dead_letters=0 recovery_max_s=S
              Exit 0 only when nothing was lost, duplicated, left in an outbox or dead-lettered and every service recovered.

            Options:
              --flows <n>              leads to put through (default 200)
              --rate <flows/s>         sales' pace; a share of the flows before and during each fault (default:
                                       flows / 300 s, 1 to 5/s)
              --only <groups>          comma-separated: services, kafka, postgres, smtp, instances (default: all)
              --gap <time>             quiet time between two faults (default 15s)
              --drain <time>           after the last fault, how long the flows may take to finish (default 10m)
              --partners <n>           partner firms registered first (default 10)
              --decline-every <n>      every n-th flow's first partner declines (default 4)
              --out <file>             JSON report (default <project>/target/faults/faults-<UTC time>.json)
              --data-dir <dir>         fresh data directory, deleted first (default <project>/target/faults/data)
              --port-base <n>          ports n+432 PostgreSQL, n+92 Kafka, n+25 SMTP, n+81..n+84 services,
                                       n+85/n+86 second task/notification instances (default 29000)
              <time>: 90, 90s, 5m, 2m30s
            """;

    /** Seconds sales has for all its shares (about 30 s per fault: the gap and the fault itself). */
    static final int PLANNED_SECONDS = 300;

    public static FaultOptions parse(List<String> args, Path defaultProjectDir) {
        Path project = defaultProjectDir;
        Path data = null;
        Path out = null;
        int flows = 200;
        Double rate = null;
        Set<Fault.Group> only = EnumSet.allOf(Fault.Group.class);
        Duration gap = Duration.ofSeconds(15);
        Duration drain = Duration.ofMinutes(10);
        int partners = 10;
        int declineEvery = 4;
        int portBase = 29000;
        List<String> rest = new ArrayList<>(args);
        rest.remove("faults");
        for (int i = 0; i < rest.size(); i++) {
            String option = rest.get(i);
            if (option.equals("--help") || option.equals("-h")) {
                throw new IllegalArgumentException(USAGE);
            }
            if (i + 1 >= rest.size()) {
                throw new IllegalArgumentException("Missing value for " + option + "\n" + USAGE);
            }
            String value = rest.get(++i);
            switch (option) {
                case "--project-dir" -> project = Path.of(value).toAbsolutePath();
                case "--data-dir" -> data = Path.of(value).toAbsolutePath();
                case "--out" -> out = Path.of(value).toAbsolutePath();
                case "--flows" -> flows = positive(option, value);
                case "--rate" -> rate = Double.parseDouble(value);
                case "--only" -> only = groups(value);
                case "--gap" -> gap = duration(value);
                case "--drain" -> drain = duration(value);
                case "--partners" -> partners = positive(option, value);
                case "--decline-every" -> declineEvery = positive(option, value);
                case "--port-base" -> portBase = positive(option, value);
                default -> throw new IllegalArgumentException("Unknown option " + option + "\n" + USAGE);
            }
        }
        if (partners < 2) {
            throw new IllegalArgumentException("--partners must be at least 2 (a decline needs another partner)");
        }
        double pace = rate != null ? rate : Math.max(1, Math.min(5, (double) flows / PLANNED_SECONDS));
        Path target = project.resolve("target/faults");
        return new FaultOptions(project, data != null ? data : target.resolve("data"),
                out != null ? out : target.resolve("faults-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                        .withZone(ZoneOffset.UTC).format(Instant.now()) + ".json"),
                flows, pace, only, gap, drain, partners, declineEvery, portBase);
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

    /** Port of the service at {@code index} (0..3); 4 and 5 are the second task- and notification-service. */
    public int servicePort(int index) {
        return portBase + 81 + index;
    }

    private static Set<Fault.Group> groups(String value) {
        Set<Fault.Group> groups = EnumSet.noneOf(Fault.Group.class);
        for (String name : value.split(",")) {
            try {
                groups.add(Fault.Group.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Unknown fault group '" + name + "' (services, kafka, postgres, smtp, instances)");
            }
        }
        return groups;
    }

    private static int positive(String option, String value) {
        int number = Integer.parseInt(value);
        if (number <= 0) {
            throw new IllegalArgumentException(option + " must be positive");
        }
        return number;
    }

    static Duration duration(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        if (value.matches("\\d+")) {
            return Duration.ofSeconds(Long.parseLong(value));
        }
        return Duration.parse("PT" + value.toUpperCase(Locale.ROOT));
    }
}
