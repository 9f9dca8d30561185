package nl.totalservice.onboarding.platform.messaging.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/** Outbox and inbox housekeeping: the backlog for metrics and health, deletion of old rows. */
@ApplicationScoped
public class OutboxMaintenance {

    private static final Logger LOG = Logger.getLogger(OutboxMaintenance.class);

    private final AgroalDataSource dataSource;
    private final MeterRegistry registry;

    public OutboxMaintenance(AgroalDataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.registry = registry;
    }

    void registerGauges(@Observes StartupEvent event) {
        Gauge.builder("outbox.backlog", this, OutboxMaintenance::backlogOrNaN)
                .description("Events recorded but not yet published to Kafka").register(registry);
        Gauge.builder("outbox.oldest.unpublished.age.seconds", this, OutboxMaintenance::oldestAgeOrNaN)
                .description("Age of the oldest event not yet published (0 when none)").register(registry);
    }

    /** Events recorded but not yet published. */
    public long backlog() throws SQLException {
        return queryLong("select count(*) from messaging_outbox where published_at is null");
    }

    /** Seconds since the oldest unpublished event was recorded; 0 when there is none. */
    public long oldestUnpublishedAgeSeconds() throws SQLException {
        return queryLong("select coalesce(extract(epoch from now() - min(created_at))::bigint, 0) "
                + "from messaging_outbox where published_at is null");
    }

    /** Deletes published outbox rows and inbox entries older than their retention. */
    public void deleteExpired(Duration outboxRetention, Duration inboxRetention) {
        try (Connection connection = dataSource.getConnection()) {
            int outbox = delete(connection, "delete from messaging_outbox where published_at < now() - ?::interval",
                    outboxRetention);
            int inbox = delete(connection, "delete from messaging_inbox where handled_at < now() - ?::interval",
                    inboxRetention);
            if (outbox + inbox > 0) {
                LOG.infof("Deleted %d published outbox rows and %d inbox entries past retention", outbox, inbox);
            }
        } catch (SQLException e) {
            LOG.warnf("Outbox clean-up failed: %s", e.getMessage());
        }
    }

    private static int delete(Connection connection, String sql, Duration retention) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
            delete.setString(1, retention.toSeconds() + " seconds");
            return delete.executeUpdate();
        }
    }

    private long queryLong(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rs = statement.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private double backlogOrNaN() {
        try {
            return backlog();
        } catch (SQLException e) {
            return Double.NaN;
        }
    }

    private double oldestAgeOrNaN() {
        try {
            return oldestUnpublishedAgeSeconds();
        } catch (SQLException e) {
            return Double.NaN;
        }
    }
}
