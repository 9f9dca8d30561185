package nl.totalservice.onboarding.platform.messaging.app;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.totalservice.onboarding.platform.messaging.outbox.Outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/** A test service that changes state and records an event in one transaction. */
@ApplicationScoped
public class ThingService {

    public static final String TOPIC = "things";

    private final AgroalDataSource dataSource;
    private final Outbox outbox;

    public ThingService(AgroalDataSource dataSource, Outbox outbox) {
        this.dataSource = dataSource;
        this.outbox = outbox;
    }

    @Transactional
    public UUID create(String name) {
        UUID id = UUID.randomUUID();
        insert(id, name);
        outbox.publish(TOPIC, new ThingCreated(UUID.randomUUID(), Instant.now(), id, name));
        return id;
    }

    /** Records the event, then fails: neither the thing nor its event may survive. */
    @Transactional
    public UUID createThenFail(String name) {
        UUID id = create(name);
        throw new IllegalStateException("failing after creating " + id);
    }

    private void insert(UUID id, String name) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into thing (id, name) values (?, ?)")) {
            insert.setObject(1, id);
            insert.setString(2, name);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
