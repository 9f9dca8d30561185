package nl.totalservice.onboarding.platform.localstack;

import nl.totalservice.onboarding.platform.testing.infra.Directories;
import nl.totalservice.onboarding.platform.testing.infra.FreePorts;
import nl.totalservice.onboarding.platform.testing.infra.KafkaBroker;
import nl.totalservice.onboarding.platform.testing.infra.PostgresServer;
import nl.totalservice.onboarding.platform.testing.infra.SmtpServer;
import nl.totalservice.onboarding.platform.testing.jwt.DevTokens;
import nl.totalservice.onboarding.platform.testing.kafka.topics.TopicDefinition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * The whole system in one command: embedded PostgreSQL (persistent), a KRaft Kafka broker
 * (persistent), an SMTP server with a mail viewer, then the four services, each checked ready.
 * Ctrl-C stops the services, then Kafka, then PostgreSQL; a later run stops what a killed run left.
 */
public final class LocalStack {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    private final LaunchOptions options;
    private final List<ServiceProcess> services = new ArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean stopping;
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private SmtpServer smtp;
    private MailViewer mailViewer;
    private final long started = System.nanoTime();

    private LocalStack(LaunchOptions options) {
        this.options = options;
    }

    public static void main(String[] args) {
        AsyncPool.atLeastTwoThreads(); // before anything uses the common pool
        if (List.of(args).contains("faults")) {
            nl.totalservice.onboarding.platform.localstack.faults.Faults.main(args);
            return;
        }
        if (List.of(args).contains("topics")) {
            TopicsCommand.main(args);
            return;
        }
        if (List.of(args).contains("bench")) {
            nl.totalservice.onboarding.platform.localstack.bench.Bench.main(args);
            return;
        }
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (LaunchOptions.UsageException e) {
            if (e.getMessage() != null) {
                System.err.println(e.getMessage());
            }
            System.err.println(LaunchOptions.USAGE);
            System.exit(e.getMessage() == null ? 0 : 2);
            return;
        }
        if (!options.command().isEmpty()) {
            String command = options.command().get(0);
            System.exit(command.equals("token") ? Tokens.print(options.command())
                    : new EventTool(System.out).run(options.command()));
            return;
        }
        LocalStack stack = new LocalStack(options);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::shutdown, "local-stack-shutdown"));
        try {
            stack.start();
        } catch (Exception e) {
            System.err.println();
            System.err.println("Start failed: " + e.getMessage());
            System.exit(1);
        }
        stack.awaitStop();
    }

    private void start() throws Exception {
        Path data = options.dataDir();
        step("Data directory " + data + (options.fresh() ? " (fresh start)" : ""));
        List<String> strays = Strays.stop(data);
        strays.forEach(stray -> step("  stopped leftover " + stray + " of an earlier run"));
        if (options.fresh()) {
            Directories.deleteRecursively(data);
        }
        Files.createDirectories(data);
        checkPortsFree();

        step("Starting PostgreSQL on port " + options.postgresPort() + " ...");
        postgres = PostgresServer.startPersistent(data.resolve("postgres"), options.postgresPort());
        for (ServiceDefinition service : ServiceDefinition.ALL) {
            postgres.createDatabase(service.database());
        }
        step("  PostgreSQL ready; databases leads, partners, tasks, notifications");

        step("Starting Kafka (KRaft) on port " + options.kafkaPort() + " ...");
        kafka = KafkaBroker.startPersistent(data.resolve("kafka"), options.kafkaPort(), 3);
        step("  Kafka ready at " + kafka.bootstrapServers());
        // the same definitions as production (deploy/kafka/topics.yaml), so nothing depends on auto-creation
        TopicsCommand.apply(kafka.bootstrapServers(), Map.of(),
                TopicDefinition.load(options.projectDir().resolve("deploy/kafka/topics.yaml")), true)
                .forEach(line -> step("  topics: " + line));

        smtp = SmtpServer.start(options.smtpPort());
        mailViewer = MailViewer.start(options.mailViewerPort(), smtp);
        step("  SMTP server on port " + smtp.port() + ", mail viewer at http://localhost:" + options.mailViewerPort());

        if (options.infraOnly()) {
            Banner.infraOnly(options, kafka.bootstrapServers(), serviceEnvironment(null));
            return;
        }
        startServices();
        awaitReady();
        Path tokens = Tokens.writeEnvFile(data);
        Banner.ready(options, kafka.bootstrapServers(), tokens, seconds());
    }

    private void checkPortsFree() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("PostgreSQL", options.postgresPort());
        ports.put("Kafka", options.kafkaPort());
        ports.put("SMTP", options.smtpPort());
        ports.put("mail viewer", options.mailViewerPort());
        if (!options.infraOnly()) {
            ServiceDefinition.ALL.forEach(service -> ports.put(service.name(), service.port()));
            ports.put(ServiceDefinition.PORTAL.name(), ServiceDefinition.PORTAL.port());
        }
        List<String> busy = ports.entrySet().stream().filter(entry -> FreePorts.isInUse(entry.getValue()))
                .map(entry -> entry.getKey() + " port " + entry.getValue()).toList();
        if (!busy.isEmpty()) {
            throw new IllegalStateException("In use by another program: " + String.join(", ", busy)
                    + ". Stop it (another local stack?) or choose other ports (see --help).");
        }
    }

    private void startServices() throws IOException {
        for (ServiceDefinition service : ServiceDefinition.ALL) {
            Path jar = options.projectDir().resolve(service.name()).resolve("target/quarkus-app/quarkus-run.jar");
            services.add(ServiceProcess.start(service, jar, options.dataDir(), serviceEnvironment(service)));
            step("Starting " + service.name() + " on port " + service.port() + " (log: "
                    + options.dataDir().resolve("logs").resolve(service.name() + ".log") + ")");
        }
        ServiceDefinition portal = ServiceDefinition.PORTAL;
        Map<String, String> urls = new LinkedHashMap<>();
        ServiceDefinition.ALL.forEach(service -> urls.put(service.name(), service.baseUrl()));
        Path jar = options.projectDir().resolve("portal/target/quarkus-app/quarkus-run.jar");
        services.add(ServiceProcess.start(portal, jar, options.dataDir(), ServiceEnvironment.portal(portal.port(), urls)));
        step("Starting portal on port " + portal.port());
    }

    /** The environment a service reads its infrastructure from; also printed in infra-only mode. */
    Map<String, String> serviceEnvironment(ServiceDefinition service) {
        Map<String, String> env = new LinkedHashMap<>();
        if (service != null) {
            env.put("QUARKUS_HTTP_PORT", Integer.toString(service.port()));
            env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(service.database()));
        } else {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl("<leads|partners|tasks|notifications>"));
        }
        env.put("QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", PostgresServer.PASSWORD);
        ServiceEnvironment.addInfrastructure(env, kafka.bootstrapServers(), smtp.host(), smtp.port(), options.gazetteer());
        ServiceEnvironment.addPortalLinks(env, ServiceDefinition.PORTAL.baseUrl());
        return env;
    }

    private void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        long nextReport = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        List<ServiceProcess> waiting = new ArrayList<>(services);
        while (!waiting.isEmpty()) {
            for (ServiceProcess service : List.copyOf(waiting)) {
                if (!service.isAlive()) {
                    fail(service, "exited during start-up");
                }
                if (service.isReady()) {
                    waiting.remove(service);
                    step("  " + service.definition().name() + " ready at " + service.definition().baseUrl()
                            + " (" + seconds() + " s)");
                }
            }
            if (System.nanoTime() > deadline) {
                fail(waiting.get(0), "was not ready within " + READY_TIMEOUT.toSeconds() + " s");
            }
            if (!waiting.isEmpty() && System.nanoTime() > nextReport) {
                step("  waiting for " + String.join(", ", waiting.stream().map(s -> s.definition().name()).toList())
                        + " (" + seconds() + " s)");
                nextReport = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            }
            Thread.sleep(500);
        }
    }

    private void fail(ServiceProcess service, String what) {
        System.err.println();
        System.err.println(service.definition().name() + " " + what + ". From its log, " + service.log() + ":");
        System.err.println("----------------------------------------------------------------------");
        service.tail(60).forEach(System.err::println);
        System.err.println("----------------------------------------------------------------------");
        throw new IllegalStateException(service.definition().name() + " " + what + "; everything is stopped again");
    }

    private void awaitStop() {
        Thread monitor = new Thread(this::watchServices, "local-stack-monitor");
        monitor.setDaemon(true);
        monitor.start();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void watchServices() {
        List<ServiceProcess> reported = new ArrayList<>();
        while (stopped.getCount() > 0) {
            for (ServiceProcess service : services) {
                if (!stopping && !service.isAlive() && !reported.contains(service)) {
                    reported.add(service);
                    System.err.println("WARNING: " + service.definition().name() + " stopped unexpectedly; see "
                            + service.log());
                }
            }
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Stops the services (in parallel), then the mail, Kafka and PostgreSQL. */
    private void shutdown() {
        if (stopped.getCount() == 0) {
            return;
        }
        stopping = true;
        System.out.println();
        step("Stopping ...");
        services.parallelStream().forEach(service -> service.stop(Duration.ofSeconds(20)));
        if (!services.isEmpty()) {
            step("  services stopped");
        }
        closeQuietly(mailViewer);
        closeQuietly(smtp);
        if (kafka != null) {
            closeQuietly(kafka);
            step("  Kafka stopped");
        }
        if (postgres != null) {
            closeQuietly(postgres);
            step("  PostgreSQL stopped");
        }
        step("Stopped. Data kept in " + options.dataDir() + " (--fresh starts clean).");
        stopped.countDown();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            System.err.println("  (while stopping: " + e.getMessage() + ")");
        }
    }

    private long seconds() {
        return Duration.ofNanos(System.nanoTime() - started).toSeconds();
    }

    private static void step(String message) {
        System.out.println("[local-stack] " + message);
        System.out.flush();
    }

    static Stream<ServiceDefinition> services() {
        return ServiceDefinition.ALL.stream();
    }

    static String token(String role) {
        return switch (role) {
            case "sales" -> DevTokens.sales("sanne.devries@totalservice.nl");
            case "coordinator" -> DevTokens.coordinator("carla.coordinator@totalservice.nl");
            case "ops" -> DevTokens.ops("olaf.ops@totalservice.nl");
            default -> throw new IllegalArgumentException(role);
        };
    }
}
