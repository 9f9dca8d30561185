package nl.totalservice.onboarding.platform.localstack.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import nl.totalservice.onboarding.platform.localstack.ServiceDefinition;
import nl.totalservice.onboarding.platform.localstack.ServiceEnvironment;
import nl.totalservice.onboarding.platform.localstack.ServiceProcess;
import nl.totalservice.onboarding.platform.localstack.Strays;
import nl.totalservice.onboarding.platform.testing.infra.Directories;
import nl.totalservice.onboarding.platform.testing.infra.FreePorts;
import nl.totalservice.onboarding.platform.testing.infra.PostgresServer;
import nl.totalservice.onboarding.platform.testing.jwt.DevTokens;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * {@code run-local.sh bench}: the whole flow under open-loop load on this machine, with the numbers
 * of each hop, the CPU of each process and what production JVM settings give. See
 * docs/benchmarks/README.md.
 */
public final class Bench {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(240);
    private static final long STEP_GRACE_NANOS = 5_000_000_000L;
    private static final int LEAD_IN_SECONDS = 15;
    static final String POSTGRES = "postgresql (all its processes)";

    private final BenchOptions options;
    private final long origin = System.nanoTime();
    private final Flows flows = new Flows();
    private final Http http = new Http();
    private final List<ServiceProcess> services = new ArrayList<>();
    private final Map<String, Object> result = new LinkedHashMap<>();
    private final int cores = Runtime.getRuntime().availableProcessors();
    private Process infra;
    private OutputStream infraInput;
    private SmtpReceiver smtp;
    private EventWatcher watcher;
    private Sampler sampler;
    private DatabaseWork databaseWork;
    private Coordinator coordinator;
    private SalesLoad sales;
    private Map<String, LongSupplier> processes;
    /** Per service: its JIT compiler and garbage collector threads (a part of the service's CPU above). */
    private final Map<String, LongSupplier> threadKinds = new LinkedHashMap<>();
    /** PostgreSQL's CPU per service: the backends serving the service's database. */
    private final Map<String, LongSupplier> postgresConnections = new LinkedHashMap<>();
    private long postgresPid;
    private GcPauses gcPauses;
    private volatile boolean written;

    private final List<String> arguments;
    private final Map<String, Object> setup = new LinkedHashMap<>();

    private Bench(BenchOptions options, List<String> arguments) {
        this.options = options;
        this.arguments = arguments;
    }

    public static void main(String[] args) {
        BenchOptions options;
        try {
            options = BenchOptions.parse(List.of(args), Path.of(System.getProperty("user.dir")).toAbsolutePath());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(e.getMessage().equals(BenchOptions.USAGE) ? 0 : 2);
            return;
        }
        List<String> shown = new ArrayList<>(List.of(args));
        int project = shown.indexOf("--project-dir");
        if (project >= 0 && project + 1 < shown.size()) {
            shown.subList(project, project + 2).clear();
        }
        Bench bench = new Bench(options, shown);
        Runtime.getRuntime().addShutdownHook(new Thread(bench::stop, "bench-shutdown"));
        int exit = 0;
        try {
            bench.run();
        } catch (Exception e) {
            System.err.println();
            System.err.println("[bench] failed: " + e);
            exit = 1;
        }
        bench.stop();
        System.exit(exit);
    }

    private void run() throws Exception {
        Path data = options.dataDir();
        describeSetup();
        step("Fresh data directory " + data);
        Strays.stop(data).forEach(stray -> step("  stopped leftover " + stray));
        Directories.deleteRecursively(data);
        Files.createDirectories(data.resolve("logs"));
        checkPortsFree();

        startInfrastructure(data);
        smtp = SmtpReceiver.start(options.smtpPort(), flows::emailReceived);
        startServices(data);
        String bootstrap = "127.0.0.1:" + options.kafkaPort();
        watcher = new EventWatcher(bootstrap, flows);
        watcher.start();
        Map<String, String> databases = new LinkedHashMap<>();
        ServiceDefinition.ALL.forEach(service -> databases.put(service.name(),
                "jdbc:postgresql://localhost:" + options.postgresPort() + "/" + service.database()));
        Map<String, Long> pids = new LinkedHashMap<>();
        services.forEach(service -> pids.put(service.definition().name(), service.pid()));
        Map<String, String> metrics = new LinkedHashMap<>();
        services.forEach(service -> metrics.put(service.definition().name(), service.definition().baseUrl() + "/q/metrics"));
        gcPauses = new GcPauses(metrics);
        sampler = new Sampler(bootstrap, databases, pids, flows, origin, 5000, gcPauses);
        Map<String, String> databaseNames = new LinkedHashMap<>();
        ServiceDefinition.ALL.forEach(service -> databaseNames.put(service.name(), service.database()));
        databaseWork = new DatabaseWork("jdbc:postgresql://localhost:" + options.postgresPort() + "/postgres", databaseNames);
        sampler.start();
        List<Postcodes.Place> places = Postcodes.load();
        String coordinatorToken = DevTokens.token("coordinator.bench@totalservice.nl", "coordinator", null, Duration.ofDays(1));
        String salesToken = DevTokens.token("sales.bench@totalservice.nl", "sales", null, Duration.ofDays(1));
        registerPartners(places, coordinatorToken);
        coordinator = new Coordinator(http, service(2).baseUrl(), coordinatorToken, flows);
        coordinator.start();
        sales = new SalesLoad(http, service(0).baseUrl(), salesToken, flows, places);

        double firstRate = options.findMax() ? options.startRate() : options.rate();
        if (!options.warmup().isZero()) {
            sampler.phase("warm-up");
            step(String.format(Locale.ROOT, "Warm-up: %d s, ramping from %.1f to %.1f flows/s (the JIT compiles the paths "
                    + "while the load is still gentle) ...", options.warmup().toSeconds(), firstRate / 10, firstRate));
            sales.run(Flow.Phase.WARMUP, options.warmup().toSeconds(), fraction -> firstRate * (0.1 + 0.9 * fraction));
            boolean settled = settle("warm-up", options.drain());
            result.put("settledAfterWarmup", settled);
            if (!settled) {
                step("  the warm-up's rate did not hold either: its backlog will weigh on what follows");
            }
        }
        if (options.idleSamples() > 0 && flows.inProgress() > 0) {
            step("Idle measurement skipped: " + flows.inProgress() + " flows still in progress (not idle)");
            result.put("idle", Map.of("skipped", "the system had not settled after the warm-up: "
                    + flows.inProgress() + " flows still in progress"));
        } else if (options.idleSamples() > 0) {
            sampler.phase("idle");
            result.put("idle", idle());
        }
        if (options.findMax()) {
            findMax();
        } else {
            measure(options.rate());
        }
        sampler.phase("end");
        finish();
    }

    private void describeSetup() {
        setup.put("startedAt", Instant.now().toString());
        setup.put("command", "run-local.sh " + String.join(" ", arguments));
        setup.put("options", optionsMap());
        setup.put("machine", machine());
        setup.put("serviceJvm", Map.of("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                "options", String.join(" ", options.jvmOptions()),
                "note", "as the Dockerfiles' java -jar runs them unless --jvm-opts replaced them; compiler and garbage "
                        + "collector are the JVM's defaults where the options do not name them; the local stack's "
                        + "-XX:TieredStopAtLevel=1 is not used"));
        setup.put("infrastructure", "PostgreSQL 16 (embedded, durable: fsync and synchronous_commit on; "
                + PostgresServer.DURABLE_SETTINGS.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(", "))
                + "; one server, a database per service), Kafka KRaft broker (3 partitions per topic) in its own JVM; the SMTP receiver, event watcher, "
                + "coordinator and sales load in the benchmark's JVM");
        result.put("setup", setup);
        System.out.println();
        System.out.println("================ Whole-flow benchmark ================");
        System.out.println(" machine: " + machine());
        System.out.println(" service JVM: " + System.getProperty("java.version") + " " + String.join(" ", options.jvmOptions())
                + " (the JVM's defaults for what these do not set)");
        System.out.println(" options: " + optionsMap());
        System.out.println("======================================================");
    }

    private Map<String, Object> optionsMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("mode", options.findMax() ? "find-max" : "fixed rate");
        if (options.findMax()) {
            map.put("startRate", options.startRate());
            map.put("rateStep", options.rateStep());
            map.put("maxRate", options.maxRate());
            map.put("stepSeconds", options.stepDuration().toSeconds());
        } else {
            map.put("rate", options.rate());
            map.put("durationSeconds", options.duration().toSeconds());
        }
        map.put("warmupSeconds", options.warmup().toSeconds());
        map.put("drainSeconds", options.drain().toSeconds());
        map.put("partners", options.partners());
        map.put("idleSamples", options.idleSamples());
        map.put("portBase", options.portBase());
        map.put("dataDir", options.dataDir().toString());
        map.put("gazetteer", options.gazetteer() == null ? "partner-service's own" : options.gazetteer().toString());
        map.put("build", gitDescription());
        return map;
    }

    /** The commit the services were built from, as far as git tells (the lead reruns exactly that). */
    private String gitDescription() {
        try {
            Process git = new ProcessBuilder("git", "log", "-1", "--format=%h %s", "--abbrev=10")
                    .directory(options.projectDir().toFile()).redirectErrorStream(true).start();
            String head = new String(git.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
            head = head.length() > 70 ? head.substring(0, 67) + "..." : head;
            Process status = new ProcessBuilder("git", "status", "--porcelain", "--untracked-files=no")
                    .directory(options.projectDir().toFile()).redirectErrorStream(true).start();
            boolean dirty = !new String(status.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).isBlank();
            return git.waitFor() == 0 ? head + (dirty ? " (with uncommitted changes)" : "") : "unknown";
        } catch (IOException | InterruptedException e) {
            return "unknown";
        }
    }

    private Map<String, Object> machine() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", cores);
        machine.put("memoryGiB", Math.round(((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize() / (1024.0 * 1024 * 1024)));
        machine.put("loadAverage", ProcStats.loadAverage());
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        return machine;
    }

    private void checkPortsFree() {
        List<Integer> ports = new ArrayList<>(List.of(options.postgresPort(), options.kafkaPort(), options.smtpPort()));
        for (int i = 0; i < ServiceDefinition.ALL.size(); i++) {
            ports.add(options.servicePort(i));
        }
        List<Integer> busy = ports.stream().filter(FreePorts::isInUse).toList();
        if (!busy.isEmpty()) {
            throw new IllegalStateException("Ports in use: " + busy + " (another benchmark? choose --port-base)");
        }
    }

    private void startInfrastructure(Path data) throws Exception {
        step("Starting PostgreSQL and Kafka in their own JVM (ports " + options.postgresPort() + ", " + options.kafkaPort() + ") ...");
        Path log = data.resolve("logs/infrastructure.log");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + ServiceProcess.MARKER_PROPERTY + "=" + data, "-Xmx1g",
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                "-cp", System.getProperty("java.class.path"), BenchInfra.class.getName(),
                data.toString(), Integer.toString(options.postgresPort()), Integer.toString(options.kafkaPort()));
        infra = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        infraInput = infra.getOutputStream();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (!Files.readString(log).contains("READY")) {
            if (!infra.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("PostgreSQL/Kafka did not start; see " + log);
            }
            Thread.sleep(200);
        }
        Path postmaster = data.resolve("postgres/postmaster.pid");
        postgresPid = Long.parseLong(Files.readAllLines(postmaster).get(0).trim());
        processes = new LinkedHashMap<>();
        step("  ready (infrastructure JVM pid " + infra.pid() + ", PostgreSQL postmaster pid " + postgresPid + ")");
        long infraPid = infra.pid();
        processes.put(POSTGRES, () -> ProcStats.treeTicks(postgresPid));
        processes.put("kafka (infrastructure JVM)", () -> ProcStats.cpuTicks(infraPid));
        long self = ProcessHandle.current().pid();
        processes.put("load generator + SMTP (this JVM)", () -> ProcStats.cpuTicks(self));
    }

    private ServiceDefinition service(int index) {
        return ServiceDefinition.ALL.get(index).onPort(options.servicePort(index));
    }

    private void startServices(Path data) throws Exception {
        for (int i = 0; i < ServiceDefinition.ALL.size(); i++) {
            ServiceDefinition service = service(i);
            Path jar = options.projectDir().resolve(service.name()).resolve("target/quarkus-app/quarkus-run.jar");
            ServiceProcess process = ServiceProcess.start(service, jar, data, environment(service), options.jvmOptions());
            services.add(process);
            long pid = process.pid();
            processes.put(service.name(), () -> ProcStats.cpuTicks(pid));
            threadKinds.put(service.name() + ": JIT compiler threads", () -> ProcStats.threadTicks(pid, ProcStats.ThreadKind.JIT));
            threadKinds.put(service.name() + ": GC threads", () -> ProcStats.threadTicks(pid, ProcStats.ThreadKind.GC));
            String database = service.database();
            postgresConnections.put(service.name() + "'s connections", () -> ProcStats.backendTicks(postgresPid, database));
        }
        step("Starting the four services on ports " + options.servicePort(0) + "-" + options.servicePort(3)
                + " (logs in " + data.resolve("logs") + ") ...");
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        List<ServiceProcess> waiting = new ArrayList<>(services);
        while (!waiting.isEmpty()) {
            for (ServiceProcess service : List.copyOf(waiting)) {
                if (!service.isAlive() || System.nanoTime() > deadline) {
                    service.tail(40).forEach(System.err::println);
                    throw new IllegalStateException(service.definition().name() + " did not start; see " + service.log());
                }
                if (service.isReady()) {
                    waiting.remove(service);
                    step("  " + service.definition().name() + " ready");
                }
            }
            Thread.sleep(500);
        }
    }

    private Map<String, String> environment(ServiceDefinition service) {
        Map<String, String> env = new LinkedHashMap<>(BenchOptions.PRODUCTION_ENV);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(service.port()));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + options.postgresPort() + "/" + service.database());
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        ServiceEnvironment.addInfrastructure(env, "127.0.0.1:" + options.kafkaPort(), "127.0.0.1", options.smtpPort(),
                options.gazetteer());
        // the benchmark times each email as it is sent: no holding partner emails until office hours
        env.put("TASK_DEADLINES_HOLD_PARTNER_EMAILS", "false");
        return env;
    }

    private void registerPartners(List<Postcodes.Place> places, String token) throws InterruptedException {
        step("Registering " + options.partners() + " partners over the Netherlands (capacity 100,000 each) ...");
        int registered = 0;
        for (int i = 0; i < options.partners(); i++) {
            Postcodes.Place place = places.get((int) ((long) i * places.size() / options.partners()));
            String body = """
                    {"name":"Bench Accountants %d","contactName":"Partner %d","email":"partner-%d@bench.example",
                     "phone":"050-3123456","preferredLanguage":"%s","capacity":100000,
                     "address":{"street":"Markt","houseNumber":"%d","postcode":"%s","city":"%s"}}"""
                    .formatted(i, i, i, i % 2 == 0 ? "nl" : "en", i + 1, place.postcode(), place.city());
            var response = http.send("POST /api/partners", "POST", service(1).baseUrl() + "/api/partners", token, body).join();
            if (response != null && response.statusCode() == 201) {
                registered++;
            } else if (response != null && registered == 0 && i == 0) {
                System.err.println("[bench] partner registration answered " + response.statusCode() + ": " + response.body());
            }
        }
        if (registered < options.partners()) {
            throw new IllegalStateException("only " + registered + " of " + options.partners() + " partners registered");
        }
        settle("partner registration", Duration.ofSeconds(30));
    }

    /** Waits until every flow finished (or failed) and the consumers caught up, at most {@code limit}. */
    private boolean settle(String after, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            boolean lagZero = sampler.consumerLag().values().stream().allMatch(lag -> lag == 0);
            if (flows.inProgress() == 0 && lagZero) {
                step("  settled after " + after);
                return true;
            }
            Thread.sleep(500);
        }
        step("  NOT settled " + limit.toSeconds() + " s after " + after + ": " + flows.inProgress() + " flows in progress");
        return false;
    }

    private Map<String, Object> idle() throws InterruptedException {
        step("Idle: " + options.idleSamples() + " leads one at a time ...");
        List<Flow> idle = new ArrayList<>();
        for (int i = 0; i < options.idleSamples(); i++) {
            Flow flow = sales.startFlow(Flow.Phase.IDLE, System.nanoTime()).join();
            idle.add(flow);
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (!flow.done() && !flow.failed && System.nanoTime() < deadline) {
                LockSupport.parkNanos(1_000_000);
            }
            Thread.sleep(200);
        }
        long now = System.nanoTime();
        Map<String, Percentiles> latency = new LinkedHashMap<>();
        latency.put("interest -> decision (PartnerMatched seen on partner-events)",
                WindowReport.latency(idle, now, f -> f.interestSent, f -> f.decided));
        latency.put("interest -> task (TaskCreated seen on task-events)", WindowReport.latency(idle, now, f -> f.interestSent, f -> f.taskCreated));
        latency.put("assignment -> email accepted by SMTP", WindowReport.latency(idle, now, f -> f.assignmentSent, f -> f.emailReceived));
        latency.put("record interest (HTTP)", WindowReport.latency(idle, now, f -> f.interestSent, f -> f.interestRecorded));
        latency.put("whole flow: register -> email (includes the coordinator's 100 ms queue poll)",
                WindowReport.latency(idle, now, f -> f.scheduled, f -> f.emailReceived));
        Map<String, Object> data = new LinkedHashMap<>();
        latency.forEach((metric, percentiles) -> {
            data.put(metric, percentiles.toMap());
            System.out.printf(Locale.ROOT, "  %-62s %s%n", metric, percentiles.describe());
        });
        data.put("failed", idle.stream().filter(flow -> flow.failed).count());
        return data;
    }

    /**
     * Runs the rate unmeasured for a few seconds first: a window that starts from an empty system
     * would count no completions until its first flows came through, and so understate the rate.
     */
    private void leadIn(double rate) {
        sampler.phase("lead-in");
        step(String.format(Locale.ROOT, "Lead-in: %.1f flows/s for %d s, not measured (fills the pipeline) ...", rate,
                LEAD_IN_SECONDS));
        sales.run(Flow.Phase.WARMUP, LEAD_IN_SECONDS, fraction -> rate);
    }

    private void measure(double rate) throws InterruptedException {
        leadIn(rate);
        sampler.phase("measured");
        step(String.format(Locale.ROOT, "Measuring: %.1f flows/s for %d s ...", rate, options.duration().toSeconds()));
        var answersBefore = http.answers();
        DatabaseWork.Start databaseStart = databaseWork.start();
        CpuSnapshot cpuStart = CpuSnapshot.take(processes);
        CpuSnapshot threadsStart = CpuSnapshot.take(threadKinds);
        CpuSnapshot postgresStart = CpuSnapshot.take(postgresConnections);
        var gcStart = gcPauses.take();
        long start = System.nanoTime();
        sales.run(Flow.Phase.MEASURED, options.duration().toSeconds(), fraction -> rate);
        long end = System.nanoTime();
        CpuSnapshot cpuEnd = CpuSnapshot.take(processes);
        CpuSnapshot threadsEnd = CpuSnapshot.take(threadKinds);
        CpuSnapshot postgresEnd = CpuSnapshot.take(postgresConnections);
        var gcEnd = gcPauses.take();
        var answers = Http.minus(http.answers(), answersBefore);
        sampler.phase("drain");
        step("  window over; letting its flows finish (at most " + options.drain().toSeconds() + " s) ...");
        settle("the measured window", options.drain());
        long cutoff = System.nanoTime();
        WindowReport report = WindowReport.evaluate("measured window", flows.where(flow -> true), start, end, cutoff,
                rate, cpuStart, cpuEnd, answers, cores);
        report.latencyOverTime(flows.where(flow -> true), start, end, cutoff, origin);
        report.threadBreakdown(threadsStart, threadsEnd);
        report.postgresBreakdown(postgresStart, postgresEnd, cpuEnd.secondsSince(cpuStart).get(POSTGRES));
        report.gcPauses(gcStart, gcEnd, serviceNames());
        databaseWork.report(databaseStart, report.completedFlows(), report);
        peaks(report, start, end);
        result.put("measured", report.data);
        System.out.println();
        report.text().forEach(System.out::println);
    }

    private List<String> serviceNames() {
        return services.stream().map(service -> service.definition().name()).toList();
    }

    /** The highest outbox backlog and consumer lag sampled during the window (the JSON has them over time). */
    private void peaks(WindowReport report, long start, long end) {
        double from = (start - origin) / 1e9;
        double to = (end - origin) / 1e9;
        Map<String, Long> backlog = new java.util.TreeMap<>();
        Map<String, Long> lag = new java.util.TreeMap<>();
        Map<String, Long> resident = new LinkedHashMap<>();
        for (Sampler.Sample sample : sampler.samples()) {
            if (sample.at() >= from && sample.at() <= to) {
                sample.outboxBacklog().forEach((service, rows) -> backlog.merge(service, rows, Math::max));
                sample.consumerLag().forEach((group, records) -> lag.merge(group, records, Math::max));
                sample.residentMiB().forEach((service, mib) -> resident.merge(service, mib, Math::max));
            }
        }
        report.data.put("peakOutboxBacklog", backlog);
        report.data.put("peakConsumerLag", lag);
        report.data.put("highestResidentMiBInWindow", resident);
        report.text().add("  highest outbox backlog (rows not yet published) sampled in the window: " + backlog);
        report.text().add("  highest consumer lag (records) sampled in the window: " + lag);
        report.text().add("  highest resident memory (VmRSS, MiB) sampled in the window: " + resident);
    }

    private void findMax() {
        List<Object> steps = new ArrayList<>();
        WindowReport best = null;
        leadIn(options.startRate());
        for (double rate = options.startRate(); rate <= options.maxRate() + 1e-9; rate += options.rateStep()) {
            sampler.phase(String.format(Locale.ROOT, "step %.1f/s", rate));
            step(String.format(Locale.ROOT, "Step: %.1f flows/s for %d s ...", rate, options.stepDuration().toSeconds()));
            var answersBefore = http.answers();
            DatabaseWork.Start databaseStart = databaseWork.start();
            CpuSnapshot cpuStart = CpuSnapshot.take(processes);
            CpuSnapshot threadsStart = CpuSnapshot.take(threadKinds);
            CpuSnapshot postgresStart = CpuSnapshot.take(postgresConnections);
            var gcStart = gcPauses.take();
            long start = System.nanoTime();
            final double stepRate = rate;
            sales.run(Flow.Phase.MEASURED, options.stepDuration().toSeconds(), fraction -> stepRate);
            long end = System.nanoTime();
            CpuSnapshot cpuEnd = CpuSnapshot.take(processes);
            CpuSnapshot threadsEnd = CpuSnapshot.take(threadKinds);
            CpuSnapshot postgresEnd = CpuSnapshot.take(postgresConnections);
            var gcEnd = gcPauses.take();
            // judged at the step's end: flows of its last 5 s are left out (they may still be under way)
            WindowReport report = WindowReport.evaluate(String.format(Locale.ROOT, "step %.1f flows/s", rate),
                    flows.where(flow -> true), start, end - STEP_GRACE_NANOS, end, rate, cpuStart, cpuEnd,
                    Http.minus(http.answers(), answersBefore), cores);
            report.threadBreakdown(threadsStart, threadsEnd);
            report.postgresBreakdown(postgresStart, postgresEnd, cpuEnd.secondsSince(cpuStart).get(POSTGRES));
            report.gcPauses(gcStart, gcEnd, serviceNames());
            databaseWork.report(databaseStart, report.completedFlows(), report);
            peaks(report, start, end);
            steps.add(report.data);
            report.text().forEach(System.out::println);
            if (!report.holds.held()) {
                break;
            }
            best = report;
        }
        Map<String, Object> findMax = new LinkedHashMap<>();
        findMax.put("highestRateThatHeld", best == null ? null : best.data.get("rateAskedFlowsPerSecond"));
        findMax.put("steps", steps);
        result.put("findMax", findMax);
        System.out.println();
        System.out.println(best == null ? "NO step held (not even the first): lower --start-rate"
                : String.format(Locale.ROOT, "HIGHEST RATE THAT HELD: %s flows/s (offered %.1f, completed %.1f)",
                        best.data.get("rateAskedFlowsPerSecond"), best.offeredPerSecond, best.completedPerSecond));
    }

    private void finish() throws IOException {
        Map<String, Object> memory = new LinkedHashMap<>();
        System.out.println();
        System.out.println("Resident memory: peak of the whole run, warm-up included (VmHWM), and at the end (VmRSS), MiB:");
        Map<String, Object> atEnd = new LinkedHashMap<>();
        for (ServiceProcess service : services) {
            double peak = ProcStats.peakRssMib(service.pid());
            double now = ProcStats.rssMib(service.pid());
            memory.put(service.definition().name(), WindowReport.round(peak));
            atEnd.put(service.definition().name(), WindowReport.round(now));
            System.out.printf(Locale.ROOT, "  %-22s peak %6.0f MiB%s, at the end %6.0f MiB%n", service.definition().name(), peak,
                    peak >= 300 ? " (>= 300)" : "", now);
        }
        memory.put("infrastructure JVM (Kafka)", WindowReport.round(ProcStats.peakRssMib(infra.pid())));
        memory.put("this JVM", WindowReport.round(ProcStats.peakRssMib(ProcessHandle.current().pid())));
        result.put("peakRssMiB", memory);
        result.put("residentMiBAtEnd", atEnd);
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("flowsStarted", flows.started());
        counts.put("emailsReceived", smtp.received());
        counts.put("emailsNotTaskAssigned", flows.otherEmails.get());
        counts.put("taskAssignedEmailsOfNoKnownTask", flows.unmatchedEmails.get());
        counts.put("noPartnerAvailableEvents", flows.noPartnerAvailable.get());
        counts.put("tasksWithoutSuggestion", flows.tasksWithoutSuggestion.get());
        result.put("counts", counts);
        result.put("httpAnswersWholeRun", http.answers());
        result.put("timeSeries", sampler.samples());
        setup.put("loadAverageAtEnd", ProcStats.loadAverage());
        System.out.println("Counts: " + counts);
        System.out.println("Machine load average at the end: " + ProcStats.loadAverage()
                + " (the machine is shared: compare 'machine busy ... other processes' above)");
        write();
        System.out.println("Results (JSON, with the time series of outbox backlog, consumer lag and resident memory): " + options.out());
    }

    private synchronized void stop() {
        if (watcher == null && services.isEmpty() && infra == null) {
            return;
        }
        if (!written && sampler != null) {
            writePartial();
        }
        step("Stopping ...");
        closeQuietly(coordinator);
        closeQuietly(sampler);
        closeQuietly(watcher);
        watcher = null;
        services.parallelStream().forEach(service -> service.stop(Duration.ofSeconds(20)));
        services.clear();
        closeQuietly(smtp);
        if (infra != null) {
            try {
                infraInput.close(); // the infrastructure JVM stops Kafka, then PostgreSQL
                if (!infra.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                    infra.destroy();
                }
            } catch (IOException | InterruptedException e) {
                infra.destroy();
            }
            infra = null;
        }
        Strays.stop(options.dataDir());
        step("Stopped; logs in " + options.dataDir().resolve("logs"));
    }

    private void write() throws IOException {
        Files.createDirectories(options.out().toAbsolutePath().getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(options.out().toFile(), result);
        written = true;
    }

    /** Stopped early (Ctrl-C, a failure): keep what was measured, marked as such. */
    private void writePartial() {
        try {
            result.put("interrupted", true);
            result.put("httpAnswersWholeRun", http.answers());
            result.put("timeSeries", sampler.samples());
            write();
            step("Interrupted; what was measured so far is in " + options.out());
        } catch (IOException | RuntimeException e) {
            System.err.println("  (could not write partial results: " + e.getMessage() + ")");
        }
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

    private void step(String message) {
        System.out.printf(Locale.ROOT, "[bench %5.0f s] %s%n", (System.nanoTime() - origin) / 1e9, message);
        System.out.flush();
    }
}
