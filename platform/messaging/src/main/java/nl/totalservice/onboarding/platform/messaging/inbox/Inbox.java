package nl.totalservice.onboarding.platform.messaging.inbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Remembers which events a consumer handled, in the consumer's own transaction. */
@ApplicationScoped
public class Inbox {

    private static final String INSERT = "insert into messaging_inbox (consumer, event_id, event_type, topic) "
            + "values (?, ?, ?, ?) on conflict do nothing";

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
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, consumer);
            insert.setString(2, event.id());
            insert.setString(3, event.type());
            insert.setString(4, event.topic());
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Inbox unavailable", e);
        }
    }
}
