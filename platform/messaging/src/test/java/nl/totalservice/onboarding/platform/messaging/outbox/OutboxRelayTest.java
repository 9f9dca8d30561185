package nl.totalservice.onboarding.platform.messaging.outbox;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import io.opentelemetry.api.OpenTelemetry;
import nl.totalservice.onboarding.platform.messaging.tracing.MessagingTracer;
import nl.totalservice.onboarding.platform.testing.infra.PostgresServer;
import nl.totalservice.onboarding.platform.testing.infra.SharedInfrastructure;
import nl.totalservice.onboarding.platform.testing.kafka.RecordedEvent;
import nl.totalservice.onboarding.platform.testing.kafka.TopicRecorder;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The relay on its own, against a real database and broker: stops, restarts, rivals, the lead, outages. */
class OutboxRelayTest {

    private static final MessagingTracer NO_TRACING = new MessagingTracer(OpenTelemetry.noop());

    private static DataSource dataSource;
    private static String bootstrap;

    @BeforeAll
    static void schema() throws Exception {
        PostgresServer postgres = SharedInfrastructure.postgres();
        postgres.createDatabase("relay_test");
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl(postgres.jdbcUrl("relay_test"));
        pg.setUser(PostgresServer.USER);
        dataSource = pg;
        bootstrap = SharedInfrastructure.kafka().bootstrapServers();
        String ddl;
        try (var in = OutboxRelayTest.class.getResourceAsStream("/db/messaging/R__platform_messaging.sql")) {
            ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(ddl);
        }
    }

    @Test
    void publishesEachEventExactlyOnceInOrderWhenStoppedMidBatchAndRestarted() throws Exception {
        String topic = "relay-stop-" + UUID.randomUUID();
        List<String> ids = insertEvents(topic, 3000, 10);
        try (TopicRecorder recorder = TopicRecorder.record(bootstrap, topic)) {
            // stopped in the middle of its second batch of 1,000, however fast the machine: the relay asks before
            // each send (and its loop once per batch), so it stops after about 1,500 sends
            AtomicInteger asked = new AtomicInteger();
            Thread first = relayUntilEmpty(() -> asked.incrementAndGet() <= 1500, 1000);
            first.join(60_000);

            int publishedBeforeRestart = countPublished(topic);
            assertThat(publishedBeforeRestart).isGreaterThan(0).isLessThan(ids.size());
            await().atMost(Duration.ofSeconds(30)).until(() -> recorder.all().size() >= publishedBeforeRestart);
            assertThat(recorder.all()).hasSize(publishedBeforeRestart);

            Thread second = relayUntilEmpty(new AtomicBoolean(true), 1000);
            second.join(60_000);

            await().atMost(Duration.ofSeconds(60)).until(() -> recorder.all().size() >= ids.size());
            assertExactlyOnceInKeyOrder(recorder.all(), ids);
        }
    }

    @Test
    void twoRelaysOnOneDatabasePublishEachEventOnceInOrder() throws Exception {
        String topic = "relay-rivals-" + UUID.randomUUID();
        List<String> ids = new ArrayList<>();
        try (TopicRecorder recorder = TopicRecorder.record(bootstrap, topic)) {
            AtomicBoolean running = new AtomicBoolean(true);
            Thread one = relayLoop(running, 50);
            Thread two = relayLoop(running, 50);
            for (int round = 0; round < 20; round++) {
                ids.addAll(insertEvents(topic, 50, 5));
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> recorder.all().size() >= ids.size());
            running.set(false);
            one.join(30_000);
            two.join(30_000);
            Thread.sleep(500); // a duplicate, if any, would arrive now
            assertExactlyOnceInKeyOrder(recorder.all(), ids);
        }
    }

    @Test
    void keepsEventsWhileKafkaIsUnreachable() throws Exception {
        String topic = "relay-down-" + UUID.randomUUID();
        insertEvents(topic, 3, 1);
        Properties props = producerProps("127.0.0.1:1");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "500");
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "1000");
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "500");
        try (KafkaProducer<String, String> unreachable = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
             OutboxRelay relay = new OutboxRelay(dataSource, unreachable, "/relay-test", 100, NO_TRACING)) {
            assertThatThrownBy(() -> relay.publishBatch(() -> true)).isInstanceOf(OutboxRelay.RelayException.class);
        }
        assertThat(countPublished(topic)).isZero();

        try (TopicRecorder recorder = TopicRecorder.record(bootstrap, topic)) {
            relayUntilEmpty(new AtomicBoolean(true), 100).join(30_000);
            await().atMost(Duration.ofSeconds(30)).until(() -> recorder.all().size() >= 3);
            assertThat(countPublished(topic)).isEqualTo(3);
        }
    }

    @Test
    void theLeaderKeepsTheLeadBetweenBatchesAndHandsItOverWhenClosed() throws Exception {
        withTwoRelays("relay-lead-", (topic, first, second, ids) -> {
            ids.addAll(insertEvents(topic, 2, 1));
            assertThat(first.publishBatch(() -> true)).isEqualTo(new OutboxRelay.BatchResult(true, 2, false));
            ids.addAll(insertEvents(topic, 1, 1));
            // between the leader's batches the other relay still does not get the lock, so it publishes nothing
            assertThat(second.publishBatch(() -> true)).isEqualTo(new OutboxRelay.BatchResult(false, 0, false));

            first.close();
            assertThat(second.publishBatch(() -> true)).isEqualTo(new OutboxRelay.BatchResult(true, 1, false));
            assertThat(first.publishBatch(() -> true).locked()).isFalse();
        });
    }

    @Test
    void anotherRelayTakesTheLeadWhenTheLeadersSessionDies() throws Exception {
        withTwoRelays("relay-failover-", (topic, first, second, ids) -> {
            ids.addAll(insertEvents(topic, 1, 1));
            assertThat(first.publishBatch(() -> true).published()).isEqualTo(1);
            assertThat(terminateLockHolder()).isEqualTo(1); // as when the database drops the connection

            ids.addAll(insertEvents(topic, 2, 1));
            assertThat(second.publishBatch(() -> true)).isEqualTo(new OutboxRelay.BatchResult(true, 2, false));
            // the old leader learns it lost its session on its next run, and then finds the lead taken
            assertThatThrownBy(() -> first.publishBatch(() -> true)).isInstanceOf(OutboxRelay.RelayException.class);
            assertThat(first.publishBatch(() -> true).locked()).isFalse();
        });
    }

    @Test
    void deferredMarksRideOnTheNextSelectAndAreWrittenWhenAskedOrClosed() throws Exception {
        String topic = "relay-defer-" + UUID.randomUUID();
        List<String> ids = new ArrayList<>();
        try (TopicRecorder recorder = TopicRecorder.record(bootstrap, topic);
             KafkaProducer<String, String> producer = producer()) {
            try (OutboxRelay relay = new OutboxRelay(dataSource, producer, "/relay-test", 100, NO_TRACING, true)) {
                ids.addAll(insertEvents(topic, 2, 1));
                assertThat(relay.publishBatch(() -> true)).isEqualTo(new OutboxRelay.BatchResult(true, 2, false));
                assertThat(relay.unmarked()).isEqualTo(2);
                assertThat(countPublished(topic)).as("marks wait for the next select").isZero();

                ids.addAll(insertEvents(topic, 1, 1));
                // the select marks the first two and leaves them out of its batch
                assertThat(relay.publishBatch(() -> true)).isEqualTo(new OutboxRelay.BatchResult(true, 1, false));
                assertThat(countPublished(topic)).isEqualTo(2);
                assertThat(relay.unmarked()).isEqualTo(1);

                relay.markPublished();
                assertThat(countPublished(topic)).isEqualTo(3);
                assertThat(relay.publishBatch(() -> true)).isEqualTo(new OutboxRelay.BatchResult(true, 0, false));

                ids.addAll(insertEvents(topic, 1, 1));
                assertThat(relay.publishBatch(() -> true).published()).isEqualTo(1);
            }
            assertThat(countPublished(topic)).as("closing marks what was sent").isEqualTo(4);
            await().atMost(Duration.ofSeconds(30)).until(() -> recorder.all().size() >= ids.size());
            Thread.sleep(500); // a duplicate, if any, would arrive now
            assertExactlyOnceInKeyOrder(recorder.all(), ids);
        }
    }

    @Test
    void aLeaderThatDiesWithMarksPendingLeavesThoseEventsToBeSentAgainInOrder() throws Exception {
        withTwoRelays("relay-defer-failover-", true, (topic, first, second, deliveries) -> {
            List<String> sentTwice = insertEvents(topic, 2, 1);
            assertThat(first.publishBatch(() -> true).published()).isEqualTo(2);
            assertThat(terminateLockHolder()).isEqualTo(1);
            List<String> later = insertEvents(topic, 1, 1);

            // the new leader finds the two unmarked and sends them again, before the later one
            assertThat(second.publishBatch(() -> true)).isEqualTo(new OutboxRelay.BatchResult(true, 3, false));
            second.markPublished();
            assertThat(countPublished(topic)).isEqualTo(3);
            assertThatThrownBy(() -> first.publishBatch(() -> true)).isInstanceOf(OutboxRelay.RelayException.class);
            assertThat(first.publishBatch(() -> true).locked()).isFalse();
            deliveries.addAll(sentTwice);
            deliveries.addAll(sentTwice);
            deliveries.addAll(later);
        }, (received, deliveries) -> assertThat(received.stream().map(RecordedEvent::id).toList())
                .as("at least once, and in order within the key").containsExactlyElementsOf(deliveries));
    }

    /** What two relays of one database do in a test; {@code deliveries} collects the events the topic should get. */
    @FunctionalInterface
    private interface Rivalry {
        void play(String topic, OutboxRelay first, OutboxRelay second, List<String> deliveries) throws Exception;
    }

    /**
     * Two relays on the test database sharing a producer, marking at once, on a topic of their own;
     * afterwards every event the rivalry inserted arrived exactly once and in key order.
     */
    private static void withTwoRelays(String topicPrefix, Rivalry rivalry) throws Exception {
        withTwoRelays(topicPrefix, false, rivalry, OutboxRelayTest::assertExactlyOnceInKeyOrder);
    }

    /** As above, with marks deferred or not, and {@code check} on what the topic received against the deliveries. */
    private static void withTwoRelays(String topicPrefix, boolean deferMarks, Rivalry rivalry,
                                      BiConsumer<List<RecordedEvent>, List<String>> check) throws Exception {
        String topic = topicPrefix + UUID.randomUUID();
        try (TopicRecorder recorder = TopicRecorder.record(bootstrap, topic);
             KafkaProducer<String, String> producer = producer();
             OutboxRelay first = new OutboxRelay(dataSource, producer, "/relay-test", 100, NO_TRACING, deferMarks);
             OutboxRelay second = new OutboxRelay(dataSource, producer, "/relay-test", 100, NO_TRACING, deferMarks)) {
            List<String> deliveries = new ArrayList<>();
            rivalry.play(topic, first, second, deliveries);
            await().atMost(Duration.ofSeconds(30)).until(() -> recorder.all().size() >= deliveries.size());
            Thread.sleep(500); // a duplicate, if any, would arrive now
            check.accept(recorder.all(), deliveries);
        }
    }

    @Test
    void aPooledLeaderReleasesTheLockBeforeItsConnectionGoesBackToThePool() throws Exception {
        String topic = "relay-pool-" + UUID.randomUUID();
        AgroalDataSource pool = AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(cp -> cp.maxSize(1).connectionFactoryConfiguration(cf -> cf
                        .jdbcUrl(SharedInfrastructure.postgres().jdbcUrl("relay_test"))
                        .principal(new NamePrincipal(PostgresServer.USER))
                        .credential(new SimplePassword(PostgresServer.PASSWORD)))));
        try (pool; KafkaProducer<String, String> producer = producer()) {
            insertEvents(topic, 1, 1);
            OutboxRelay pooled = new OutboxRelay(pool, producer, "/relay-test", 100, NO_TRACING);
            assertThat(pooled.publishBatch(() -> true).locked()).isTrue();
            pooled.close();
            // the pool keeps its one connection open; the lock must not have stayed with it
            try (Connection kept = pool.getConnection();
                 OutboxRelay other = new OutboxRelay(dataSource, producer, "/relay-test", 100, NO_TRACING)) {
                assertThat(kept.isValid(1)).isTrue();
                assertThat(other.publishBatch(() -> true).locked()).isTrue();
            }
        }
    }

    @Test
    void theLeadersSessionDoesNotAwaitItsMarksOnDiskAndGoesBackToThePoolAsItCame() throws Exception {
        String topic = "relay-commit-" + UUID.randomUUID();
        // the tests' server does not wait for the disk at all: these sessions do, as a production server's do
        AgroalDataSource pool = AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(cp -> cp.maxSize(1).connectionFactoryConfiguration(cf -> cf
                        .jdbcUrl(SharedInfrastructure.postgres().jdbcUrl("relay_test") + "?options=-c%20synchronous_commit=on")
                        .principal(new NamePrincipal(PostgresServer.USER))
                        .credential(new SimplePassword(PostgresServer.PASSWORD)))));
        try (pool; KafkaProducer<String, String> producer = producer()) {
            insertEvents(topic, 1, 1);
            try (Connection before = pool.getConnection()) {
                assertThat(synchronousCommit(before)).as("the pooled session before the lead").isEqualTo("on");
            }
            List<Connection> handedOut = new ArrayList<>();
            DataSource watched = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                        Object result = method.invoke(pool, args);
                        if (result instanceof Connection connection) {
                            handedOut.add(connection);
                        }
                        return result;
                    });
            OutboxRelay relay = new OutboxRelay(watched, producer, "/relay-test", 100, NO_TRACING);
            assertThat(relay.publishBatch(() -> true).locked()).isTrue();
            assertThat(handedOut).hasSize(1);
            // a mark lost with a crash of PostgreSQL only sends its events again; the rows were committed durably
            assertThat(synchronousCommit(handedOut.get(0))).as("the leader's session").isEqualTo("off");
            relay.close();
            try (Connection back = pool.getConnection()) {
                assertThat(synchronousCommit(back)).as("the same session, back in the pool").isEqualTo("on");
            }
        }
    }

    private static String synchronousCommit(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("show synchronous_commit")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Ends the database session that holds the relays' lock in the test database; the number of sessions ended. */
    private static int terminateLockHolder() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement terminate = connection.prepareStatement("select count(pg_terminate_backend(pid)) "
                     + "from pg_locks where locktype = 'advisory' and granted and classid::bigint = ? and objid::bigint = ? "
                     + "and objsubid = 1 and database = (select oid from pg_database where datname = current_database())")) {
            terminate.setLong(1, OutboxRelay.LOCK_KEY >>> 32);
            terminate.setLong(2, OutboxRelay.LOCK_KEY & 0xffffffffL);
            try (ResultSet rs = terminate.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Relays until the outbox is empty or {@code running} turns false. */
    private Thread relayUntilEmpty(AtomicBoolean running, int batchSize) {
        return relayUntilEmpty(running::get, batchSize);
    }

    private Thread relayUntilEmpty(BooleanSupplier running, int batchSize) {
        Thread thread = new Thread(() -> {
            try (KafkaProducer<String, String> producer = producer();
                 OutboxRelay relay = new OutboxRelay(dataSource, producer, "/relay-test", batchSize, NO_TRACING)) {
                while (running.getAsBoolean()) {
                    OutboxRelay.BatchResult result = relay.publishBatch(running);
                    if (result.locked() && result.published() == 0) {
                        return;
                    }
                }
            }
        });
        thread.start();
        return thread;
    }

    /** Relays until {@code running} turns false, like a service instance would. */
    private Thread relayLoop(AtomicBoolean running, int batchSize) {
        Thread thread = new Thread(() -> {
            try (KafkaProducer<String, String> producer = producer();
                 OutboxRelay relay = new OutboxRelay(dataSource, producer, "/relay-test", batchSize, NO_TRACING)) {
                while (running.get()) {
                    if (relay.publishBatch(running::get).published() == 0) {
                        Thread.sleep(5);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        thread.start();
        return thread;
    }

    private static void assertExactlyOnceInKeyOrder(List<RecordedEvent> received, List<String> insertedIds) {
        List<String> receivedIds = received.stream().map(RecordedEvent::id).toList();
        assertThat(receivedIds).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(insertedIds);
        Map<String, List<Long>> sequenceByKey = new HashMap<>();
        for (RecordedEvent event : received) {
            sequenceByKey.computeIfAbsent(event.key(), key -> new ArrayList<>()).add(Long.parseLong(event.field("seq")));
        }
        sequenceByKey.forEach((key, sequence) -> assertThat(sequence).as("order of key %s", key).isSorted());
    }

    private static List<String> insertEvents(String topic, int count, int keys) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into messaging_outbox "
                     + "(event_id, topic, message_key, event_type, subject, occurred_at, payload) "
                     + "values (?, ?, ?, 'SomethingHappened', ?, ?, ?::json)")) {
            connection.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                String id = UUID.randomUUID().toString();
                String key = topic + "-key-" + (i % keys);
                insert.setString(1, id);
                insert.setString(2, topic);
                insert.setString(3, key);
                insert.setString(4, key);
                insert.setTimestamp(5, java.sql.Timestamp.from(Instant.now()));
                insert.setString(6, "{\"seq\":" + System.nanoTime() + "}");
                insert.addBatch();
                ids.add(id);
            }
            insert.executeBatch();
            connection.commit();
        }
        return ids;
    }

    private static int countPublished(String topic) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select count(*) from messaging_outbox where topic = ? and published_at is not null")) {
            select.setString(1, topic);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(producerProps(bootstrap), new StringSerializer(), new StringSerializer());
    }

    private static Properties producerProps(String servers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        return props;
    }
}
