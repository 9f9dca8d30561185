package nl.totalservice.onboarding.platform.localstack.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Every few seconds: each service's outbox backlog (rows not yet published), each consumer group's
 * lag (Kafka AdminClient), each service's resident memory (VmRSS), the flows in progress, the
 * machine's load. Kept as a time series. Every {@link #SCRAPE_EVERY}th sample it also scrapes each
 * service's {@code /q/metrics}, as the Prometheus server of a deployment would, and keeps how long
 * each answer took: a service that was never scraped answers its first scrape in interpreted code,
 * which cost the window that began with it a stall of seconds (the runs before 5 December, afternoon).
 */
final class Sampler implements AutoCloseable {

    /** One sample; {@code at} in seconds since the benchmark started. */
    record Sample(double at, String phase, long flowsStarted, long flowsInProgress, Map<String, Long> outboxBacklog,
                  Map<String, Long> consumerLag, Map<String, Long> residentMiB, String loadAverage,
                  Map<String, Long> metricsScrapeMs) {
    }

    /** Scrapes every third sample: every 15 s at the benchmark's 5 s, a common Prometheus scrape interval. */
    static final int SCRAPE_EVERY = 3;

    private final Admin admin;
    private final Map<String, String> databases; // service -> jdbc url
    private final Map<String, Long> pids; // service -> pid
    private final Map<String, Connection> connections = new HashMap<>();
    private final Flows flows;
    private final long origin;
    private final long intervalMillis;
    private final List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
    private final GcPauses metrics;
    private final Thread thread;
    private long sampled;
    private volatile String phase = "start";
    private volatile boolean running = true;

    Sampler(String bootstrap, Map<String, String> databases, Map<String, Long> pids, Flows flows, long origin,
            long intervalMillis, GcPauses metrics) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        this.admin = Admin.create(props);
        this.databases = databases;
        this.pids = pids;
        this.flows = flows;
        this.origin = origin;
        this.intervalMillis = intervalMillis;
        this.metrics = metrics;
        this.thread = new Thread(this::run, "bench-sampler");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    void phase(String name) {
        phase = name;
    }

    List<Sample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    private void run() {
        while (running) {
            samples.add(sample());
            try {
                Thread.sleep(intervalMillis);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    Sample sample() {
        Map<String, Long> scrapeMillis = new LinkedHashMap<>();
        if (sampled++ % SCRAPE_EVERY == 0) {
            metrics.take(scrapeMillis);
        }
        return new Sample((System.nanoTime() - origin) / 1e9, phase, flows.started(), flows.inProgress(), outboxBacklog(),
                consumerLag(), residentMiB(), ProcStats.loadAverage(), scrapeMillis);
    }

    /** VmRSS per service in MiB, rounded (0: the process is gone). */
    Map<String, Long> residentMiB() {
        Map<String, Long> resident = new LinkedHashMap<>();
        pids.forEach((service, pid) -> resident.put(service, Math.round(ProcStats.rssMib(pid))));
        return resident;
    }

    /** Rows with published_at null per service database (-1: could not ask). */
    Map<String, Long> outboxBacklog() {
        Map<String, Long> backlog = new LinkedHashMap<>();
        databases.forEach((service, url) -> {
            try {
                Connection connection = connections.get(service);
                if (connection == null || connection.isClosed()) {
                    connection = DriverManager.getConnection(url, "postgres", "postgres");
                    connections.put(service, connection);
                }
                try (Statement statement = connection.createStatement();
                     ResultSet rs = statement.executeQuery("select count(*) from messaging_outbox where published_at is null")) {
                    rs.next();
                    backlog.put(service, rs.getLong(1));
                }
            } catch (SQLException e) {
                backlog.put(service, -1L);
            }
        });
        return backlog;
    }

    /** Per consumer group of the services and topic: end offsets minus committed offsets, summed over partitions. */
    Map<String, Long> consumerLag() {
        Map<String, Long> lag = new TreeMap<>();
        try {
            List<String> groups = admin.listConsumerGroups().all().get(5, TimeUnit.SECONDS).stream()
                    .map(ConsumerGroupListing::groupId).filter(group -> !group.startsWith(EventWatcher.GROUP_PREFIX)).toList();
            for (String group : groups) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
                        admin.listOffsets(latest).all().get(5, TimeUnit.SECONDS);
                for (var entry : committed.entrySet()) {
                    if (entry.getValue() != null && ends.containsKey(entry.getKey())) {
                        lag.merge(group + " <- " + entry.getKey().topic(),
                                Math.max(0, ends.get(entry.getKey()).offset() - entry.getValue().offset()), Long::sum);
                    }
                }
            }
        } catch (Exception e) {
            lag.put("(unavailable: " + e.getClass().getSimpleName() + ")", -1L);
        }
        return lag;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        admin.close();
        connections.values().forEach(connection -> {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing anyway
            }
        });
    }
}
