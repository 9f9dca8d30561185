package nl.totalservice.onboarding.platform.localstack.bench;

import nl.totalservice.onboarding.platform.localstack.ServiceDefinition;
import nl.totalservice.onboarding.platform.testing.infra.KafkaBroker;
import nl.totalservice.onboarding.platform.testing.infra.PostgresServer;

import java.nio.file.Path;
import java.util.Map;

/**
 * The benchmark's infrastructure in a JVM of its own, so that its CPU is measured apart from the
 * load generator's: durable PostgreSQL (as the local stack runs it) and a KRaft Kafka broker with 3
 * partitions per topic. PostgreSQL preloads {@code pg_stat_statements} (as managed PostgreSQL services
 * commonly do), so that the benchmark can say what each service asked of the database. Prints
 * {@code READY} when both serve; stops when its standard input closes
 * (the benchmark ended or died) or on SIGTERM.
 * Arguments: {@code <data dir> <PostgreSQL port> <Kafka port>}.
 */
public final class BenchInfra {

    /** pg_stat_statements counts the statements a service sends; its transactions are counted apart. */
    static final Map<String, String> POSTGRES_SETTINGS = Map.of("shared_preload_libraries", "pg_stat_statements",
            "pg_stat_statements.track_utility", "off");

    private BenchInfra() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        PostgresServer postgres = PostgresServer.startPersistent(data.resolve("postgres"), Integer.parseInt(args[1]),
                POSTGRES_SETTINGS);
        for (ServiceDefinition service : ServiceDefinition.ALL) {
            postgres.createDatabase(service.database());
        }
        postgres.execute(DatabaseWork.CREATE_VIEW);
        KafkaBroker kafka = KafkaBroker.startPersistent(data.resolve("kafka"), Integer.parseInt(args[2]), 3);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            close(kafka);
            close(postgres);
        }, "bench-infra-shutdown"));
        System.out.println("READY " + kafka.bootstrapServers());
        System.out.flush();
        while (System.in.read() >= 0) {
            // wait until the benchmark closes our input
        }
        System.exit(0);
    }

    private static void close(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            System.err.println("while stopping: " + e.getMessage());
        }
    }
}
