package nl.totalservice.onboarding.platform.messaging.inbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Remembers which events a consumer handled, in the consumer's own transaction. */
@ApplicationScoped
public class Inbox {

    /** The events in one statement; an event twice among them is recorded (and returned) once. */
    private static final String INSERT = "insert into messaging_inbox (consumer, event_id, event_type, topic) "
            + "select ?, e.id, e.type, e.topic from unnest(?::varchar[], ?::varchar[], ?::varchar[]) as e(id, type, topic) "
            + "on conflict do nothing returning event_id";

    private final AgroalDataSource dataSource;

    public Inbox(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Records that {@code consumer} handles {@code event} now. Returns false when it already did:
     * then the caller must not repeat the effect. Rolls back with the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, IncomingEvent event) {
        return !firstDeliveries(consumer, List.of(event)).isEmpty();
    }

    /**
     * {@link #firstDelivery} for a batch, in one statement: records every event of {@code events} and
     * returns the ids of those that {@code consumer} had not handled before (an id that occurs twice in
     * {@code events} is returned once: only its first occurrence may take effect).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> firstDeliveries(String consumer, List<IncomingEvent> events) {
        String[] ids = new String[events.size()];
        String[] types = new String[events.size()];
        String[] topics = new String[events.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = events.get(i).id();
            types[i] = events.get(i).type();
            topics[i] = events.get(i).topic();
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, consumer);
            insert.setArray(2, array(connection, ids));
            insert.setArray(3, array(connection, types));
            insert.setArray(4, array(connection, topics));
            Set<String> first = new HashSet<>();
            try (ResultSet inserted = insert.executeQuery()) {
                while (inserted.next()) {
                    first.add(inserted.getString(1));
                }
            }
            return first;
        } catch (SQLException e) {
            throw new IllegalStateException("Inbox unavailable", e);
        }
    }

    private static Array array(Connection connection, String[] values) throws SQLException {
        return connection.createArrayOf("varchar", values);
    }
}
