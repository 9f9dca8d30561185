package nl.totalservice.onboarding.platform.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Command-line options of the local stack; {@code gazetteer} is null for partner-service's bundled gazetteer. */
record LaunchOptions(Path projectDir, Path dataDir, boolean fresh, boolean infraOnly, Path gazetteer,
                     int postgresPort, int kafkaPort, int smtpPort, int mailViewerPort, List<String> command) {

    static final String USAGE = """
            Usage: run-local.sh [options]            start everything (embedded PostgreSQL, Kafka, SMTP + the four services)
                   run-local.sh token <role> [email] [partnerId]   print a dev token (role: sales, coordinator, partner, ops)
                   run-local.sh events <topic> [--key <id>] [--type <type>] [--follow]   print a topic's events
                   run-local.sh redrive <topic>.dlq [--id <ce_id>] [--dry-run]       send dead letters back to their topic
                   run-local.sh topics --bootstrap-servers <host:port> [--kafka-config <file>] [--increase-partitions]
                                                            create/align the topics of deploy/kafka/topics.yaml on any broker
                   run-local.sh bench [--rate <flows/s>] [--find-max] [--warmup 180s] [--duration 5m] [--out <file>] ...
                                                            the whole-flow benchmark (bench --help; docs/benchmarks/README.md)
                   run-local.sh faults [--flows <n>] [--only services,kafka,postgres,smtp,instances] ...
                                                            the fault suite (faults --help; docs/runbook.md)

            Options:
              --fresh               delete the data directory first (a clean start)
              --infra-only          start PostgreSQL, Kafka and SMTP only (to run a service by hand or a benchmark)
              --data-dir <path>     where data and logs live (default: <project>/.local-stack)
              --gazetteer <file>    a GeoNames postal-code file (NL.txt) for partner-service instead of the
                                    Dutch PC4 gazetteer it ships with (default: the bundled one)
              --postgres-port <n>   default 5432      --kafka-port <n>        default 9092
              --smtp-port <n>       default 2525      --mail-viewer-port <n>  default 8025
            """;

    static LaunchOptions parse(String[] args) {
        Path project = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        Path data = null;
        Path gazetteer = null;
        boolean fresh = false;
        boolean infraOnly = false;
        int postgres = 5432;
        int kafka = 9092;
        int smtp = 2525;
        int viewer = 8025;
        List<String> command = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--fresh" -> fresh = true;
                case "--infra-only" -> infraOnly = true;
                case "--follow", "--dry-run" -> command.add(args[i]);
                case "--bootstrap", "--key", "--type", "--id" -> {
                    command.add(args[i]);
                    command.add(value(args, ++i));
                }
                case "--project-dir" -> project = Path.of(value(args, ++i)).toAbsolutePath();
                case "--data-dir" -> data = Path.of(value(args, ++i)).toAbsolutePath();
                case "--gazetteer" -> gazetteer = Path.of(value(args, ++i)).toAbsolutePath();
                case "--postgres-port" -> postgres = port(value(args, ++i));
                case "--kafka-port" -> kafka = port(value(args, ++i));
                case "--smtp-port" -> smtp = port(value(args, ++i));
                case "--mail-viewer-port" -> viewer = port(value(args, ++i));
                case "-h", "--help" -> throw new UsageException(null);
                default -> {
                    if (args[i].startsWith("--")) {
                        throw new UsageException("Unknown option " + args[i]);
                    }
                    command.add(args[i]);
                }
            }
        }
        if (data == null) {
            data = project.resolve(".local-stack");
        }
        if (gazetteer != null && !Files.isRegularFile(gazetteer)) {
            throw new UsageException("No gazetteer file at " + gazetteer);
        }
        return new LaunchOptions(project, data, fresh, infraOnly, gazetteer, postgres, kafka, smtp, viewer, command);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new UsageException("Option " + args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new UsageException("Not a port: " + value);
        }
    }

    /** Bad command line: print the message and the usage. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
