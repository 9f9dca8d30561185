package nl.totalservice.onboarding.notification.delivery;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Gauges for ops: notifications waiting to be sent and failed ones. */
@ApplicationScoped
public class DeliveryMetrics {

    private final AgroalDataSource dataSource;
    private final MeterRegistry registry;

    public DeliveryMetrics(AgroalDataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.registry = registry;
    }

    void register(@Observes StartupEvent event) {
        gauge("notifications.backlog", "Notifications waiting to be sent (PENDING or SENDING)",
                "select count(*) from notification where status in ('PENDING', 'SENDING')");
        gauge("notifications.failed.current", "Notifications marked FAILED (waiting for a manual retry)",
                "select count(*) from notification where status = 'FAILED'");
    }

    private void gauge(String name, String description, String sql) {
        Gauge.builder(name, () -> count(sql)).description(description).register(registry);
    }

    private double count(String sql) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rs = statement.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            return Double.NaN;
        }
    }
}
