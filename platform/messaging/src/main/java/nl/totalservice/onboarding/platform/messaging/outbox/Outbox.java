package nl.totalservice.onboarding.platform.messaging.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import nl.totalservice.onboarding.platform.messaging.DomainEvent;
import nl.totalservice.onboarding.platform.messaging.tracing.TraceContext;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;

/**
 * Records events in the outbox table, in the caller's database transaction: the event is published
 * if and only if the state change commits. Never send to Kafka directly after a database write.
 * The trace of the request or event being handled is recorded with it, so its consumers continue it.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = "insert into messaging_outbox "
            + "(event_id, topic, message_key, event_type, subject, occurred_at, ce_time, payload, traceparent, tracestate) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?::json, ?, ?)";

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;
    private final TransactionSynchronizationRegistry transactions;
    private final RelaySignal signal;

    public Outbox(AgroalDataSource dataSource, ObjectMapper json, TransactionSynchronizationRegistry transactions,
                  RelaySignal signal) {
        this.dataSource = dataSource;
        this.json = json;
        this.transactions = transactions;
        this.signal = signal;
    }

    /**
     * Records {@code event} for {@code topic}, keyed by its aggregate id. Must run inside the
     * transaction that makes the change the event reports.
     *
     * @return the event's JSON as recorded (the message's value), for callers that keep it too
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String publish(String topic, DomainEvent event) {
        String payload;
        try {
            payload = json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event " + event.eventType() + " cannot be written as JSON", e);
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, event.eventId().toString());
            insert.setString(2, topic);
            insert.setString(3, event.aggregateId());
            insert.setString(4, event.eventType());
            insert.setString(5, event.aggregateId());
            insert.setTimestamp(6, Timestamp.from(event.occurredAt()));
            insert.setString(7, DateTimeFormatter.ISO_INSTANT.format(event.occurredAt()));
            insert.setString(8, payload);
            TraceContext trace = TraceContext.current();
            insert.setString(9, trace == null ? null : trace.traceparent());
            insert.setString(10, trace == null ? null : trace.tracestate());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record " + event.eventType() + " in the outbox", e);
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    signal.wake();
                }
            }
        });
        return payload;
    }
}
