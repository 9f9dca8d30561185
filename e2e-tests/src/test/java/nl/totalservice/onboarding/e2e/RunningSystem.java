package nl.totalservice.onboarding.e2e;

import nl.totalservice.onboarding.platform.localstack.ServiceDefinition;
import nl.totalservice.onboarding.platform.localstack.ServiceEnvironment;
import nl.totalservice.onboarding.platform.localstack.ServiceProcess;
import nl.totalservice.onboarding.platform.testing.infra.FreePorts;
import nl.totalservice.onboarding.platform.testing.infra.PostgresServer;
import nl.totalservice.onboarding.platform.testing.infra.SharedInfrastructure;
import nl.totalservice.onboarding.platform.testing.infra.SmtpServer;
import nl.totalservice.onboarding.platform.testing.jwt.DevTokens;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The four packaged services and the portal (as the local stack runs them) on one embedded PostgreSQL,
 * Kafka broker and SMTP server, started once per test JVM on free ports and stopped when it exits.
 * partner-service runs on the gazetteer it ships with, as a bare clone does. They export their spans to
 * an OTLP receiver of the test ({@link TraceCollector}), as a deployment with a collector would.
 */
final class RunningSystem {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static RunningSystem instance;

    private final Map<String, ServiceDefinition> services = new LinkedHashMap<>();
    private final List<ServiceProcess> processes = new ArrayList<>();
    private final TraceCollector traces = TraceCollector.start();

    private RunningSystem() {
    }

    static synchronized RunningSystem get() {
        if (instance == null) {
            RunningSystem system = new RunningSystem();
            Runtime.getRuntime().addShutdownHook(new Thread(system::stop, "stop-services"));
            system.start();
            instance = system;
        }
        return instance;
    }

    String url(String service) {
        return services.get(service).baseUrl();
    }

    String lead() {
        return url("lead-service");
    }

    String partner() {
        return url("partner-service");
    }

    String task() {
        return url("task-service");
    }

    String notification() {
        return url("notification-service");
    }

    /** The web portal, on the four services. */
    String portal() {
        return url(ServiceDefinition.PORTAL.name());
    }

    String kafka() {
        return SharedInfrastructure.kafka().bootstrapServers();
    }

    SmtpServer smtp() {
        return SharedInfrastructure.smtp();
    }

    /** The spans the services exported. */
    TraceCollector traces() {
        return traces;
    }

    private void start() {
        Path root = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
        Path work = root.resolve("e2e-tests/target/e2e");
        PostgresServer postgres = SharedInfrastructure.postgres();
        SmtpServer smtp = SharedInfrastructure.smtp();
        String kafka = SharedInfrastructure.kafka().bootstrapServers();
        ServiceDefinition portal = ServiceDefinition.PORTAL.onPort(FreePorts.find());
        try {
            Files.createDirectories(work);
            for (ServiceDefinition standard : ServiceDefinition.ALL) {
                ServiceDefinition service = standard.onPort(FreePorts.find());
                postgres.createDatabase(service.database());
                Map<String, String> env = new LinkedHashMap<>();
                env.put("QUARKUS_HTTP_PORT", Integer.toString(service.port()));
                env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(service.database()));
                env.put("QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER);
                env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
                env.put("KAFKA_BOOTSTRAP_SERVERS", kafka);
                // packaged services have no development key by default: set it as a deployment sets its own
                env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", DevTokens.PUBLIC_KEY_LOCATION);
                env.put("MP_JWT_VERIFY_ISSUER", DevTokens.ISSUER);
                env.put("QUARKUS_MAILER_HOST", smtp.host());
                env.put("QUARKUS_MAILER_PORT", Integer.toString(smtp.port()));
                env.put("QUARKUS_MAILER_START_TLS", "DISABLED");
                env.put("QUARKUS_MAILER_TLS", "false");
                env.put("QUARKUS_MAILER_MOCK", "false");
                env.put("MESSAGING_OUTBOX_POLL_INTERVAL", "200ms");
                env.put("NOTIFICATION_COORDINATORS", Actors.COORDINATOR);
                env.put("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", traces.endpoint());
                env.put("QUARKUS_OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
                env.put("QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms");
                // the scenarios await the partner's email whenever they run, also at night
                env.put("TASK_DEADLINES_HOLD_PARTNER_EMAILS", "false");
                ServiceEnvironment.addPortalLinks(env, portal.baseUrl());
                processes.add(ServiceProcess.start(service, packaged(root, service), work, env));
                services.put(service.name(), service);
            }
            Map<String, String> urls = new LinkedHashMap<>();
            services.values().forEach(service -> urls.put(service.name(), service.baseUrl()));
            processes.add(ServiceProcess.start(portal, packaged(root, portal), work,
                    ServiceEnvironment.portal(portal.port(), urls)));
            services.put(portal.name(), portal);
            awaitReady();
        } catch (IOException e) {
            stop();
            throw new IllegalStateException("Could not start the services", e);
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    private static Path packaged(Path root, ServiceDefinition service) {
        Path jar = root.resolve(service.name()).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: the end-to-end tests run the packaged services "
                    + "(mvn verify from the project root packages them first)");
        }
        return jar;
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        List<ServiceProcess> waiting = new ArrayList<>(processes);
        while (!waiting.isEmpty()) {
            for (ServiceProcess process : List.copyOf(waiting)) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException(process.definition().name() + " did not start; log:\n"
                            + String.join("\n", process.tail(80)));
                }
                if (process.isReady()) {
                    waiting.remove(process);
                }
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private void stop() {
        processes.parallelStream().forEach(process -> process.stop(Duration.ofSeconds(15)));
        traces.close();
    }
}
