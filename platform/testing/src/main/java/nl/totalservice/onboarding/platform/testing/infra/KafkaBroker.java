package nl.totalservice.onboarding.platform.testing.infra;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A real Kafka broker running in this JVM, in KRaft mode (one node that is broker and controller).
 * Used by tests (a temporary log directory) and by the local stack (a persistent one).
 */
public final class KafkaBroker implements AutoCloseable {

    /** The broker's own account on a SASL listener (it talks to itself as a client). */
    private static final String BROKER_USER = "broker";
    private static final String BROKER_PASSWORD = "broker-secret";

    private final KafkaRaftServer server;
    private final Path logDir;
    private final boolean deleteOnClose;
    private final int port;
    private final boolean sasl;

    private KafkaBroker(KafkaRaftServer server, Path logDir, boolean deleteOnClose, int port, boolean sasl) {
        this.server = server;
        this.logDir = logDir;
        this.deleteOnClose = deleteOnClose;
        this.port = port;
        this.sasl = sasl;
    }

    /** Throw-away broker on a free port. */
    public static KafkaBroker startForTests() {
        try {
            return start(Files.createTempDirectory("kafka-test"), 0, 1, true, Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Throw-away broker on a free port whose client listener requires SASL/PLAIN authentication
     * (SASL_PLAINTEXT) with one of {@code users} (name to password); a client without them cannot connect.
     */
    public static KafkaBroker startForTestsWithSasl(Map<String, String> users) {
        try {
            return start(Files.createTempDirectory("kafka-sasl-test"), 0, 1, true, users);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The client settings (without the {@code kafka.} prefix) that authenticate as {@code user} on a SASL broker. */
    public static Map<String, String> saslClientSettings(String user, String password) {
        return Map.of(
                "security.protocol", "SASL_PLAINTEXT",
                "sasl.mechanism", "PLAIN",
                "sasl.jaas.config", plainLogin(user, password, Map.of()));
    }

    public boolean requiresSasl() {
        return sasl;
    }

    /** Broker keeping its log in {@code logDir}; {@code port} 0 picks a free one. */
    public static KafkaBroker startPersistent(Path logDir, int port, int partitions) {
        return start(logDir, port, partitions, false, Map.of());
    }

    private static KafkaBroker start(Path logDir, int port, int partitions, boolean deleteOnClose,
                                     Map<String, String> saslUsers) {
        int brokerPort = port > 0 ? port : FreePorts.find();
        int controllerPort = FreePorts.find();
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        String listener = saslUsers.isEmpty() ? "PLAINTEXT" : "SASL_PLAINTEXT";
        props.put("listeners", listener + "://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", listener + "://127.0.0.1:" + brokerPort);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("listener.security.protocol.map", listener + ":" + listener + ",CONTROLLER:PLAINTEXT");
        props.put("inter.broker.listener.name", listener);
        if (!saslUsers.isEmpty()) {
            props.put("sasl.enabled.mechanisms", "PLAIN");
            props.put("sasl.mechanism.inter.broker.protocol", "PLAIN");
            props.put("listener.name.sasl_plaintext.plain.sasl.jaas.config",
                    plainLogin(BROKER_USER, BROKER_PASSWORD, saslUsers));
        }
        props.put("log.dirs", logDir.toString());
        props.put("num.partitions", Integer.toString(partitions));
        props.put("auto.create.topics.enable", "true");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "5");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("log.flush.interval.messages", "10000");
        props.put("unclean.leader.election.enable", "true");
        KafkaConfig config = new KafkaConfig(props, false);
        try {
            if (!Files.exists(logDir.resolve("meta.properties"))) {
                Files.createDirectories(logDir);
                new Formatter()
                        .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                        .setClusterId(Uuid.randomUuid().toString())
                        .setNodeId(1)
                        .setControllerListenerName("CONTROLLER")
                        .setMetadataLogDirectory(logDir.toString())
                        .setDirectories(List.of(logDir.toString()))
                        .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                        .run();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not format the Kafka log directory " + logDir, e);
        }
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        return new KafkaBroker(server, logDir, deleteOnClose, brokerPort, !saslUsers.isEmpty());
    }

    /** A PLAIN login: the client's own credentials, and on the broker side the accounts it accepts. */
    private static String plainLogin(String user, String password, Map<String, String> accounts) {
        StringBuilder jaas = new StringBuilder("org.apache.kafka.common.security.plain.PlainLoginModule required")
                .append(" username=\"").append(user).append("\" password=\"").append(password).append('"');
        if (!accounts.isEmpty()) {
            jaas.append(" user_").append(BROKER_USER).append("=\"").append(BROKER_PASSWORD).append('"');
            accounts.forEach((name, secret) -> jaas.append(" user_").append(name).append("=\"").append(secret).append('"'));
        }
        return jaas.append(';').toString();
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        if (deleteOnClose) {
            Directories.deleteRecursively(logDir);
        }
    }
}
