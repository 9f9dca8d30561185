package nl.totalservice.onboarding.platform.localstack.faults;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import nl.totalservice.onboarding.platform.localstack.ServiceDefinition;
import nl.totalservice.onboarding.platform.localstack.ServiceEnvironment;
import nl.totalservice.onboarding.platform.localstack.Strays;
import nl.totalservice.onboarding.platform.localstack.bench.BenchOptions;
import nl.totalservice.onboarding.platform.localstack.bench.Coordinator;
import nl.totalservice.onboarding.platform.localstack.bench.Flow;
import nl.totalservice.onboarding.platform.localstack.bench.Flows;
import nl.totalservice.onboarding.platform.localstack.bench.Http;
import nl.totalservice.onboarding.platform.localstack.bench.Postcodes;
import nl.totalservice.onboarding.platform.localstack.bench.SalesLoad;
import nl.totalservice.onboarding.platform.localstack.bench.SmtpReceiver;
import nl.totalservice.onboarding.platform.testing.infra.Directories;
import nl.totalservice.onboarding.platform.testing.infra.FreePorts;
import nl.totalservice.onboarding.platform.testing.jwt.DevTokens;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * {@code run-local.sh faults}: the whole flow while its infrastructure and services fail, one fault
 * after another, then a check of the data itself. See docs/runbook.md ("The fault suite").
 */
public final class Faults {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(240);
    private static final String REFUSAL = "451 4.3.0 fault suite: mail system busy, try again later";

    private final FaultOptions options;
    private final long origin = System.nanoTime();
    /** A 503 (the database away) is sent again after its Retry-After, up to this many times: a minute or more. */
    private static final int UNAVAILABLE_RETRIES = 12;

    private final Http http = new Http(UNAVAILABLE_RETRIES);
    private final Flows flows = new Flows();
    private final MailLog mail = new MailLog();
    private final Map<String, Instance> primaries = new LinkedHashMap<>();
    private final List<Instance> extras = new ArrayList<>();
    private final List<Map<String, Object>> recoveries = new ArrayList<>();
    private final Map<String, Object> report = new LinkedHashMap<>();
    private InfraProcess postgres;
    private InfraProcess kafka;
    private volatile SmtpReceiver smtp;
    /** How many leads sales may have started by now (raised fault by fault). */
    private volatile long allowance;
    private Coordinator coordinator;
    private Partners partners;
    private KafkaChecks kafkaChecks;
    private Checker checker;

    private Faults(FaultOptions options) {
        this.options = options;
    }

    public static void main(String[] args) {
        FaultOptions options;
        try {
            options = FaultOptions.parse(List.of(args), Path.of(System.getProperty("user.dir")).toAbsolutePath());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(e.getMessage().equals(FaultOptions.USAGE) ? 0 : 2);
            return;
        }
        Faults faults = new Faults(options);
        Runtime.getRuntime().addShutdownHook(new Thread(faults::stop, "faults-shutdown"));
        int exit;
        try {
            exit = faults.run() ? 0 : 1;
        } catch (Exception e) {
            System.err.println("[faults] failed: " + e);
            e.printStackTrace();
            exit = 3;
        }
        faults.stop();
        System.exit(exit);
    }

    private boolean run() throws Exception {
        Path data = options.dataDir();
        step("Fault suite: " + options.flows() + " flows at " + String.format(Locale.ROOT, "%.2f", options.rate())
                + "/s; faults: " + Fault.of(options.only()));
        Strays.stop(data).forEach(stray -> step("  stopped leftover " + stray));
        Directories.deleteRecursively(data);
        Path logs = Files.createDirectories(data.resolve("logs"));
        checkPortsFree();
        report.put("startedAt", Instant.now().toString());
        report.put("options", Map.of("flows", options.flows(), "rate", options.rate(), "only", options.only().toString(),
                "gapSeconds", options.gap().toSeconds(), "drainSeconds", options.drain().toSeconds(),
                "partners", options.partners(), "declineEvery", options.declineEvery(), "dataDir", data.toString()));

        step("Starting PostgreSQL (port " + options.postgresPort() + ") and Kafka in its own JVM (port " + options.kafkaPort() + ") ...");
        postgres = InfraProcess.postgres(data.resolve("postgres"), options.postgresPort(), Checker.DATABASES, logs);
        postgres.start();
        kafka = InfraProcess.kafka(data.resolve("kafka"), options.kafkaPort(), logs);
        kafka.start();
        smtp = SmtpReceiver.start(options.smtpPort(), this::emailReceived);
        checker = new Checker(options.postgresPort());
        kafkaChecks = new KafkaChecks(bootstrap());

        step("Starting the four services (production JVM settings, logs in " + logs + ") ...");
        for (int i = 0; i < ServiceDefinition.ALL.size(); i++) {
            Instance instance = instance(ServiceDefinition.ALL.get(i), options.servicePort(i));
            primaries.put(instance.definition().name(), instance);
            instance.start();
        }
        for (Instance instance : primaries.values()) {
            double seconds = instance.awaitReady(READY_TIMEOUT);
            if (seconds < 0) {
                throw new IllegalStateException(instance.name() + " did not become ready; see its log:\n"
                        + String.join("\n", instance.process().tail(40)));
            }
            step("  " + instance.name() + " ready");
        }

        String coordinatorToken = DevTokens.token("coordinator.faults@totalservice.nl", "coordinator", null, Duration.ofDays(1));
        String salesToken = DevTokens.token("sales.faults@totalservice.nl", "sales", null, Duration.ofDays(1));
        List<Postcodes.Place> places = Postcodes.load();
        partners = new Partners(http, url("task-service"),
                task -> Math.floorMod(task.hashCode(), options.declineEvery()) == 0);
        registerPartners(places, coordinatorToken);
        coordinator = new Coordinator(http, url("task-service"), coordinatorToken, flows, partners::assigned);
        coordinator.start();
        SalesLoad sales = new SalesLoad(http, url("lead-service"), salesToken, flows, places);
        List<Fault> schedule = Fault.of(options.only());
        Thread load = new Thread(() -> sell(sales), "faults-sales");
        load.setDaemon(true);
        load.start();
        step(String.format(Locale.ROOT, "Sales: %d leads at %.2f/s, a share before and during each fault; first fault in %d s ...",
                options.flows(), options.rate(), options.gap().toSeconds()));

        Map<String, Object> injected = new LinkedHashMap<>();
        for (int i = 0; i < schedule.size(); i++) {
            Fault fault = schedule.get(i);
            allowance = (long) Math.ceil((double) options.flows() * (i + 1) / (schedule.size() + 1));
            TimeUnit.MILLISECONDS.sleep(options.gap().toMillis());
            step("FAULT " + fault + ": " + fault.description() + " (" + flows.started() + " flows started so far)");
            long start = System.nanoTime();
            inject(fault);
            injected.put(fault.name(), Map.of("description", fault.description(), "atSeconds", round(seconds(start)),
                    "flowsStartedBefore", flows.started(), "tookSeconds", round(seconds(System.nanoTime()) - seconds(start))));
        }
        report.put("faults", injected);
        allowance = options.flows();
        load.join();
        step("Sales done: " + flows.started() + " flows started. Letting the flows finish (at most " + options.drain().toSeconds() + " s) ...");
        boolean settled = drain();
        report.put("settled", settled);
        return check();
    }

    /**
     * Sales at a steady pace, but only up to the allowance: a share of the leads before and during each
     * fault (faults take as long as the services need to come back), so every fault meets flows in the air.
     */
    private void sell(SalesLoad sales) {
        long interval = (long) (1e9 / options.rate());
        long next = System.nanoTime();
        while (flows.started() < options.flows()) {
            if (flows.started() < allowance) {
                sales.startFlow(Flow.Phase.MEASURED, next);
            }
            next += interval;
            java.util.concurrent.locks.LockSupport.parkNanos(Math.max(0, next - System.nanoTime()));
        }
    }

    private void inject(Fault fault) throws Exception {
        switch (fault) {
            case KILL_LEAD_SERVICE -> killAndRestart("lead-service");
            case KILL_PARTNER_SERVICE -> killAndRestart("partner-service");
            case KILL_TASK_SERVICE -> killAndRestart("task-service");
            case KILL_NOTIFICATION_SERVICE -> killAndRestart("notification-service");
            case KAFKA_KILLED -> {
                kafka.kill();
                step("  broker killed; restarting in 20 s");
                TimeUnit.SECONDS.sleep(20);
                kafka.start();
                servicesRecover(fault, "Kafka broker back");
            }
            case POSTGRES_FAST_STOP -> {
                postgres.fastStop();
                step("  PostgreSQL stopped (fast); restarting in 10 s");
                TimeUnit.SECONDS.sleep(10);
                postgres.start();
                servicesRecover(fault, "PostgreSQL back");
            }
            case POSTGRES_KILLED -> {
                postgres.kill();
                step("  PostgreSQL killed; restarting in 5 s (crash recovery)");
                TimeUnit.SECONDS.sleep(5);
                postgres.start();
                servicesRecover(fault, "PostgreSQL back after crash recovery");
            }
            case SMTP_OUTAGE -> smtpOutage(fault);
            case TWO_INSTANCES -> twoInstances(fault);
        }
    }

    private void killAndRestart(String service) throws Exception {
        Instance instance = primaries.get(service);
        instance.kill();
        instance.start();
        double ready = instance.awaitReady(READY_TIMEOUT);
        recovery(service + " killed", instance.name() + " restarted, until ready", ready);
    }

    private void smtpOutage(Fault fault) throws Exception {
        smtp.close();
        step("  SMTP server gone (connection refused) for 60 s");
        TimeUnit.SECONDS.sleep(60);
        SmtpReceiver refusing = SmtpReceiver.start(options.smtpPort(), this::emailReceived);
        refusing.refuseWith(REFUSAL);
        smtp = refusing;
        step("  SMTP server answers 451 for 30 s");
        TimeUnit.SECONDS.sleep(30);
        long before = mail.total();
        long accepting = System.nanoTime();
        refusing.refuseWith(null);
        step("  SMTP server accepts again");
        servicesRecover(fault, "SMTP accepting");
        long deadline = accepting + TimeUnit.SECONDS.toNanos(120);
        while (mail.total() == before && checker.unfinished(List.of()).getOrDefault("notificationsPending", 0L) > 0
                && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(250);
        }
        report.put("smtpFirstEmailAfterOutageSeconds", mail.total() > before ? round((System.nanoTime() - accepting) / 1e9) : null);
    }

    private void twoInstances(Fault fault) throws Exception {
        Instance task = instance(ServiceDefinition.ALL.get(2), options.servicePort(4));
        Instance notification = instance(ServiceDefinition.ALL.get(3), options.servicePort(5));
        extras.add(task);
        extras.add(notification);
        task.start();
        notification.start();
        recovery("second task-service started", task.name() + " until ready", task.awaitReady(READY_TIMEOUT));
        recovery("second notification-service started", notification.name() + " until ready",
                notification.awaitReady(READY_TIMEOUT));
        step("  two instances each of task-service and notification-service for 30 s");
        TimeUnit.SECONDS.sleep(30);
        task.stop();
        notification.kill();
        extras.clear();
        step("  second task-service stopped (SIGTERM), second notification-service killed (SIGKILL)");
        servicesRecover(fault, "one instance each again");
    }

    /** After infrastructure came back: how long until every service said ready again, by itself. */
    private void servicesRecover(Fault fault, String from) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + READY_TIMEOUT.toNanos();
        List<Instance> all = new ArrayList<>(primaries.values());
        all.addAll(extras);
        while (System.nanoTime() < deadline && !all.stream().allMatch(Instance::isReady)) {
            TimeUnit.MILLISECONDS.sleep(250);
        }
        boolean ready = all.stream().allMatch(Instance::isReady);
        recovery(fault.name(), from + ", until every service is ready", ready ? (System.nanoTime() - start) / 1e9 : -1);
        if (!ready) {
            all.stream().filter(instance -> !instance.isReady())
                    .forEach(instance -> step("  NOT ready after " + READY_TIMEOUT.toSeconds() + " s: " + instance.name()));
        }
    }

    private void recovery(String fault, String what, double seconds) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("fault", fault);
        entry.put("what", what);
        entry.put("recovered", seconds >= 0);
        entry.put("seconds", seconds >= 0 ? round(seconds) : null);
        recoveries.add(entry);
        step(seconds >= 0 ? String.format(Locale.ROOT, "  recovered: %s in %.1f s", what, seconds)
                : "  NOT recovered: " + what);
    }

    /** Waits until the partners answered, every accepted lead's task is accepted, nothing is pending and nothing lags. */
    private boolean drain() throws InterruptedException {
        long deadline = System.nanoTime() + options.drain().toNanos();
        long lastReport = 0;
        while (true) {
            Map<String, Long> unfinished = new LinkedHashMap<>(checker.unfinished(acceptedLeads()));
            unfinished.put("partnerActionsPending", (long) partners.pending());
            checker.unpublishedOutbox().forEach((database, rows) -> unfinished.put("outbox " + database, rows));
            unfinished.put("consumerLag", kafkaChecks.totalLag());
            boolean done = unfinished.values().stream().allMatch(value -> value == 0);
            if (done) {
                step("  settled: " + unfinished);
                return true;
            }
            if (System.nanoTime() > deadline) {
                step("  NOT settled within " + options.drain().toSeconds() + " s: " + unfinished);
                report.put("unfinishedAtEnd", unfinished);
                return false;
            }
            if (System.nanoTime() - lastReport > TimeUnit.SECONDS.toNanos(30)) {
                step("  still under way: " + unfinished);
                lastReport = System.nanoTime();
            }
            TimeUnit.SECONDS.sleep(2);
        }
    }

    private boolean check() throws Exception {
        List<UUID> accepted = acceptedLeads();
        step("Checking " + accepted.size() + " accepted leads against the databases, the SMTP server and the dead-letter topics ...");
        Tally tally = Tally.of(checker.facts(accepted, mail));
        long stuck = checker.unpublishedOutbox().values().stream().mapToLong(rows -> Math.max(0, rows)).sum();
        List<Map<String, String>> letters = kafkaChecks.deadLetters();
        long notRecovered = recoveries.stream().filter(entry -> !(Boolean) entry.get("recovered")).count();
        double recoveryMax = recoveries.stream().map(entry -> (Double) entry.get("seconds")).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).max().orElse(0);
        Verdict verdict = new Verdict(flows.started(), accepted.size(), tally.lost(), tally.duplicateEmails(),
                tally.duplicateEffects(), stuck, letters.size(), notRecovered, recoveryMax);
        report.put("verdict", verdict.toMap());
        report.put("problems", Map.of("count", tally.problemCount(), "first", tally.problems()));
        report.put("deadLetters", letters);
        report.put("recoveries", recoveries);
        report.put("emailsAtSmtpServer", Map.of("total", mail.total(), "byKind", mail.byKind(), "withoutNotificationId", mail.withoutId()));
        report.put("partnerAnswers", Map.of("accepted", partners.accepted.get(), "declined", partners.declines.get(),
                "conflicts", partners.conflicts.get()));
        report.put("httpAnswers", http.answers());
        report.put("httpAnswersByKind", Http.byKind(http.answers()));
        report.put("finishedAt", Instant.now().toString());
        System.out.println();
        System.out.println("Recoveries (seconds until ready again):");
        recoveries.forEach(entry -> System.out.printf(Locale.ROOT, "  %-40s %-55s %s%n", entry.get("fault"), entry.get("what"),
                entry.get("recovered").equals(true) ? entry.get("seconds") + " s" : "NOT RECOVERED"));
        System.out.println("HTTP answers: " + http.answers());
        System.out.println("HTTP answers by kind (503: database away, sent again after Retry-After): " + Http.byKind(http.answers()));
        System.out.println("Emails at the SMTP server by kind: " + mail.byKind());
        tally.problems().forEach(problem -> System.out.println("  PROBLEM " + problem));
        letters.forEach(letter -> System.out.println("  DEAD LETTER " + letter));
        if (!verdict.passed()) {
            System.out.println("FAILED: " + verdict.reasons());
        }
        write();
        System.out.println("Report (JSON): " + options.out());
        System.out.println(verdict.line());
        return verdict.passed();
    }

    private List<UUID> acceptedLeads() {
        return flows.where(flow -> flow.interestRecorded != 0 && flow.leadId != null).stream().map(flow -> flow.leadId).toList();
    }

    private void registerPartners(List<Postcodes.Place> places, String token) {
        step("Registering " + options.partners() + " partners ...");
        for (int i = 0; i < options.partners(); i++) {
            Postcodes.Place place = places.get((int) ((long) i * places.size() / options.partners()));
            String email = "partner-" + i + "@faults.example";
            String body = """
                    {"name":"Fault Accountants %d","contactName":"Partner %d","email":"%s",
                     "phone":"050-3123456","preferredLanguage":"nl","capacity":100000,
                     "address":{"street":"Markt","houseNumber":"%d","postcode":"%s","city":"%s"}}"""
                    .formatted(i, i, email, i + 1, place.postcode(), place.city());
            var response = http.send("POST /api/partners", "POST", url("partner-service") + "/api/partners", token, body).join();
            if (response == null || response.statusCode() != 201) {
                throw new IllegalStateException("partner registration answered "
                        + (response == null ? "nothing" : response.statusCode() + ": " + response.body()));
            }
            try {
                partners.register(UUID.fromString(new ObjectMapper().readTree(response.body()).path("id").asText()), email);
            } catch (Exception e) {
                throw new IllegalStateException("unreadable partner: " + response.body(), e);
            }
        }
    }

    private Instance instance(ServiceDefinition standard, int port) {
        ServiceDefinition definition = standard.onPort(port);
        Map<String, String> env = new LinkedHashMap<>(BenchOptions.PRODUCTION_ENV);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + options.postgresPort() + "/" + definition.database());
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        ServiceEnvironment.addInfrastructure(env, bootstrap(), "127.0.0.1", options.smtpPort(), null);
        // the delivery loop's production backoff (30 s doubling to 1 h) would outlast the run: same code, shorter waits
        env.put("NOTIFICATION_DELIVERY_INITIAL_BACKOFF", "5s");
        env.put("NOTIFICATION_DELIVERY_MAX_BACKOFF", "20s");
        env.put("NOTIFICATION_DELIVERY_MAX_ATTEMPTS", "30");
        // the run checks every email within minutes, at any hour: no holding partner emails until office hours
        env.put("TASK_DEADLINES_HOLD_PARTNER_EMAILS", "false");
        Path jar = options.projectDir().resolve(definition.name()).resolve("target/quarkus-app/quarkus-run.jar");
        return new Instance(definition, jar, options.dataDir(), env, BenchOptions.productionJvm(Runtime.version()));
    }

    private void emailReceived(long at, String message) {
        mail.received(at, message);
        flows.emailReceived(at, message);
    }

    private String url(String service) {
        return "http://localhost:" + options.servicePort(ServiceDefinition.ALL.stream().map(ServiceDefinition::name).toList().indexOf(service));
    }

    private String bootstrap() {
        return "127.0.0.1:" + options.kafkaPort();
    }

    private void checkPortsFree() {
        List<Integer> ports = new ArrayList<>(List.of(options.postgresPort(), options.kafkaPort(), options.smtpPort()));
        for (int i = 0; i < 6; i++) {
            ports.add(options.servicePort(i));
        }
        List<Integer> busy = ports.stream().filter(FreePorts::isInUse).toList();
        if (!busy.isEmpty()) {
            throw new IllegalStateException("Ports in use: " + busy + " (another run? choose --port-base)");
        }
    }

    private void write() throws Exception {
        Files.createDirectories(options.out().toAbsolutePath().getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(options.out().toFile(), report);
    }

    private synchronized void stop() {
        if (postgres == null && primaries.isEmpty()) {
            return;
        }
        step("Stopping ...");
        close(coordinator);
        close(partners);
        close(kafkaChecks);
        List<Instance> all = new ArrayList<>(primaries.values());
        all.addAll(extras);
        all.parallelStream().filter(Instance::isAlive).forEach(Instance::stop);
        primaries.clear();
        extras.clear();
        close(smtp);
        if (kafka != null) {
            kafka.stop();
        }
        if (postgres != null) {
            postgres.stop();
            postgres = null;
        }
        Strays.stop(options.dataDir());
        step("Stopped; logs in " + options.dataDir().resolve("logs"));
    }

    private static void close(AutoCloseable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (Exception e) {
                System.err.println("  (while stopping: " + e.getMessage() + ")");
            }
        }
    }

    private double seconds(long nanos) {
        return (nanos - origin) / 1e9;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private void step(String message) {
        System.out.printf(Locale.ROOT, "[faults %5.0f s] %s%n", (System.nanoTime() - origin) / 1e9, message);
        System.out.flush();
    }
}
