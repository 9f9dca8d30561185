package nl.totalservice.onboarding.platform.messaging.outbox;

import io.opentelemetry.api.trace.Span;
import nl.totalservice.onboarding.platform.messaging.CloudEventHeaders;
import nl.totalservice.onboarding.platform.messaging.tracing.MessagingTracer;
import nl.totalservice.onboarding.platform.messaging.tracing.TraceContext;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

/**
 * Publishes committed outbox rows to Kafka in id order, which is commit order per key, and marks
 * them published once Kafka acknowledged them.
 *
 * <p>Only one relay of a database works at a time: the relay that takes PostgreSQL's session-level
 * advisory lock leads, and keeps the lock, on a connection of its own, until it is closed or that
 * connection fails; the others try again on each of their runs and skip meanwhile. The leader's
 * selects and marks run on that connection: while the session lives no other
 * relay runs, and when it dies (the database restarted, the connection broke, the process died) the
 * lock goes with it and the leader's next statement fails, so a relay never publishes without the
 * lock. A stop between two sends ends the batch there: what was sent is marked, the rest waits for the
 * next run. Only a failure between Kafka's acknowledgement and the mark can publish an event twice (at
 * least once); consumers de-duplicate by {@code ce_id}.
 *
 * <p>A relay that defers its marks ({@code deferMarks}) keeps the ids Kafka acknowledged and marks them in
 * the statement that selects its next batch: one round trip per wake-up instead of two (and one commit
 * instead of two). Its owner calls {@link #markPublished} when no new batch follows soon, and
 * {@link #close} marks what is left. The price: a relay that dies with marks pending leaves those events
 * to be sent again by the next leader (consumers de-duplicate them), so the window for a second send is as
 * long as its owner lets marks wait.
 *
 * <p>Why a lasting lead and not a lock per batch: a batch under a transaction-scoped lock took four
 * round trips (lock, select, mark, commit) where the leader needs two, on every wake-up of the relay of
 * every service; the price is that a leader whose process hangs with its connection open holds the
 * lead until the connection is closed (a liveness probe restarts such a process).
 *
 * <p>A row recorded within a trace is sent in a PRODUCER span that continues it, and carries that
 * span's {@code traceparent} header, so the consumers' spans follow the relay's.
 */
public final class OutboxRelay implements AutoCloseable {

    /** Advisory lock key shared by the relays of one database ("outbox" in ASCII). */
    static final long LOCK_KEY = 0x6f7574626f78L;

    private static final String UNPUBLISHED = "select id, event_id, topic, message_key, event_type, subject, "
            + "occurred_at, payload::text, ce_time, traceparent, tracestate from messaging_outbox where published_at is null";
    private static final String SELECT = UNPUBLISHED + " order by id limit ?";
    private static final String MARK = "update messaging_outbox set published_at = now() where id = any(?)";
    /**
     * The leader's session does not wait for its marks to reach the disk: a mark lost with a crash of
     * PostgreSQL only sends those events again (at least once, as above), and each wake-up of the relay no
     * longer waits for a WAL flush of its own (the WAL writer flushes them together). The rows themselves
     * were committed durably by the transactions that recorded them.
     */
    static final String MARKS_NOT_AWAITED = "set synchronous_commit to off";
    /**
     * Marks the sent ids and selects the next batch in one statement. The select sees the table as it was
     * before the update, so it leaves the ids being marked out itself.
     */
    private static final String MARK_AND_SELECT = "with marked as (" + MARK + ") " + UNPUBLISHED
            + " and not (id = any(?)) order by id limit ?";

    private final DataSource dataSource;
    private final Producer<String, String> producer;
    private final String source;
    private final int batchSize;
    private final MessagingTracer tracer;
    private final boolean deferMarks;
    /** Ids Kafka acknowledged that are not marked yet (only while marks are deferred). */
    private final List<Long> unmarked = new ArrayList<>();

    /** The connection that holds the lock while this relay leads; null while it does not. */
    private Connection leader;

    /** A relay that marks each batch as soon as Kafka acknowledged it. */
    public OutboxRelay(DataSource dataSource, Producer<String, String> producer, String source, int batchSize,
                       MessagingTracer tracer) {
        this(dataSource, producer, source, batchSize, tracer, false);
    }

    /** @param deferMarks mark each batch with the next one's select, or when told ({@link #markPublished}) */
    public OutboxRelay(DataSource dataSource, Producer<String, String> producer, String source, int batchSize,
                       MessagingTracer tracer, boolean deferMarks) {
        this.dataSource = dataSource;
        this.producer = producer;
        this.source = source;
        this.batchSize = batchSize;
        this.tracer = tracer;
        this.deferMarks = deferMarks;
    }

    /** What one call of {@link #publishBatch} did. */
    public record BatchResult(boolean locked, int published, boolean full) {
    }

    /**
     * Publishes at most one batch when this relay leads, or takes the lead first when no other relay
     * holds it. {@code keepGoing} is asked before each send; when it says no, the batch ends after what
     * was already sent.
     *
     * @throws RelayException when Kafka or the database fails; what was acknowledged is still marked
     *                        (a database failure also ends the lead)
     */
    public BatchResult publishBatch(BooleanSupplier keepGoing) {
        try {
            Connection connection = lead();
            if (connection == null) {
                return new BatchResult(false, 0, false);
            }
            List<OutboxRow> rows = select(connection);
            List<Long> sent = new ArrayList<>();
            RelayException failure = send(rows, sent, keepGoing);
            unmarked.addAll(sent);
            if (!deferMarks || failure != null) {
                mark(connection);
            }
            if (failure != null) {
                throw failure;
            }
            return new BatchResult(true, sent.size(), rows.size() == batchSize && sent.size() == rows.size());
        } catch (SQLException e) {
            resign();
            throw new RelayException("Outbox database failure", e);
        }
    }

    /** How many sent events wait for their mark. */
    public int unmarked() {
        return unmarked.size();
    }

    /**
     * Marks what was sent and not marked yet, now.
     *
     * @throws RelayException when the database fails (the lead is given up; those events will be sent again)
     */
    public void markPublished() {
        if (leader == null || unmarked.isEmpty()) {
            return;
        }
        try {
            mark(leader);
        } catch (SQLException e) {
            resign();
            throw new RelayException("Outbox database failure", e);
        }
    }

    /** Marks what was sent (when it can), then gives up the lead so that another relay (or a new one) can take it. */
    @Override
    public void close() {
        try {
            markPublished();
        } catch (RelayException e) {
            // the lead is gone with the session: the next leader sends those events again
        }
        resign();
    }

    /** The leader's connection: the one already held, or a new one when the lock is free; null when another leads. */
    private Connection lead() throws SQLException {
        if (leader != null) {
            return leader;
        }
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(true);
            if (lockQuery(connection, "select pg_try_advisory_lock(?)")) {
                execute(connection, MARKS_NOT_AWAITED);
                leader = connection;
                return connection;
            }
            connection.close();
            return null;
        } catch (SQLException | RuntimeException e) {
            closeSession(connection);
            throw e;
        }
    }

    /**
     * Releases the lock before the connection goes back to a pool (a pooled connection that kept it would
     * hold the lead with no relay behind it). When that fails the session is closed, not pooled: a broken
     * session has lost the lock already, and a working one loses it when closed.
     */
    private void resign() {
        Connection connection = leader;
        leader = null;
        unmarked.clear(); // a new lead starts from what the table says
        if (connection == null) {
            return;
        }
        try {
            execute(connection, "reset synchronous_commit");
            lockQuery(connection, "select pg_advisory_unlock(?)");
            connection.close();
        } catch (SQLException | RuntimeException e) {
            closeSession(connection);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.execute();
        }
    }

    private static boolean lockQuery(Connection connection, String sql) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(sql)) {
            lock.setLong(1, LOCK_KEY);
            try (ResultSet rs = lock.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** The next batch; marks what waits for its mark in the same statement. */
    private List<OutboxRow> select(Connection connection) throws SQLException {
        List<OutboxRow> rows = new ArrayList<>();
        boolean marking = !unmarked.isEmpty();
        try (PreparedStatement select = connection.prepareStatement(marking ? MARK_AND_SELECT : SELECT)) {
            if (marking) {
                Array ids = connection.createArrayOf("bigint", unmarked.toArray());
                select.setArray(1, ids);
                select.setArray(2, ids);
                select.setInt(3, batchSize);
            } else {
                select.setInt(1, batchSize);
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String time = rs.getString(9) != null ? rs.getString(9)
                            : DateTimeFormatter.ISO_INSTANT.format(rs.getTimestamp(7).toInstant());
                    rows.add(new OutboxRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), time, rs.getString(8),
                            TraceContext.of(rs.getString(10), rs.getString(11))));
                }
            }
        }
        unmarked.clear();
        return rows;
    }

    /** Sends in id order, flushes, then reads the acknowledgements; {@code sent} gets the acknowledged prefix. */
    private RelayException send(List<OutboxRow> rows, List<Long> sent, BooleanSupplier keepGoing) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        List<Span> spans = new ArrayList<>(rows.size());
        RuntimeException sendError = null;
        try {
            for (OutboxRow row : rows) {
                if (!keepGoing.getAsBoolean()) {
                    break;
                }
                Span span = row.trace() == null ? null
                        : tracer.startPublish(row.topic(), row.key(), row.eventId(), row.type(), row.trace());
                spans.add(span);
                try {
                    acks.add(producer.send(toRecord(row, span)));
                } catch (RuntimeException e) {
                    sendError = e;
                    fail(span, e);
                    break;
                }
            }
            // sends what is queued now, without waiting for linger.ms: one request per partition for the batch
            producer.flush();
            for (int i = 0; i < acks.size(); i++) {
                try {
                    acks.get(i).get();
                    sent.add(rows.get(i).id());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return new RelayException("Interrupted while waiting for Kafka", e);
                } catch (ExecutionException e) {
                    fail(spans.get(i), e.getCause());
                    return new RelayException("Kafka refused event " + rows.get(i).eventId(), e.getCause());
                }
            }
            return sendError == null ? null : new RelayException("Kafka send failed", sendError);
        } finally {
            // a span ends when Kafka acknowledged its event (or the batch gave up on it)
            spans.forEach(span -> {
                if (span != null) {
                    span.end();
                }
            });
        }
    }

    private static void fail(Span span, Throwable failure) {
        if (span != null) {
            MessagingTracer.fail(span, failure);
        }
    }

    private ProducerRecord<String, String> toRecord(OutboxRow row, Span span) {
        ProducerRecord<String, String> record = new ProducerRecord<>(row.topic(), row.key(), row.payload());
        header(record, CloudEventHeaders.SPEC_VERSION, "1.0");
        header(record, CloudEventHeaders.ID, row.eventId());
        header(record, CloudEventHeaders.TYPE, row.type());
        header(record, CloudEventHeaders.SOURCE, source);
        header(record, CloudEventHeaders.TIME, row.time());
        header(record, CloudEventHeaders.SUBJECT, row.subject());
        header(record, CloudEventHeaders.CONTENT_TYPE, "application/json");
        // the relay's span when it records one (not sampled: the stored context, which still names the trace)
        TraceContext trace = span == null ? null : TraceContext.of(span);
        TraceContext sentTrace = trace != null ? trace : row.trace();
        if (sentTrace != null) {
            sentTrace.writeTo(record.headers());
        }
        return record;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    private void mark(Connection connection) throws SQLException {
        if (unmarked.isEmpty()) {
            return;
        }
        try (PreparedStatement mark = connection.prepareStatement(MARK)) {
            Array array = connection.createArrayOf("bigint", unmarked.toArray());
            mark.setArray(1, array);
            mark.executeUpdate();
        }
        unmarked.clear();
    }

    /**
     * Closes the database session itself (a pool's connection is unwrapped, so the session ends even if the
     * pool would have kept the connection), so that a lock it may still hold goes with it. The pool's
     * validation drops the closed connection (in Quarkus, idle connections are validated every 2 minutes).
     */
    private static void closeSession(Connection connection) {
        try {
            connection.unwrap(Connection.class).close();
        } catch (SQLException | RuntimeException ignored) {
            // the session is gone either way
        }
        try {
            connection.close();
        } catch (SQLException | RuntimeException ignored) {
            // already closed underneath
        }
    }

    private record OutboxRow(long id, String eventId, String topic, String key, String type, String subject,
                             String time, String payload, TraceContext trace) {
    }

    /** The relay could not publish or mark a batch. */
    public static final class RelayException extends RuntimeException {
        RelayException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
