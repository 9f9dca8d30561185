package nl.totalservice.onboarding.notification.intake;

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

/** The gauge of events waiting for the contact details of their partner. */
@ApplicationScoped
public class ParkedEventMetrics {

    private final AgroalDataSource dataSource;
    private final MeterRegistry registry;

    public ParkedEventMetrics(AgroalDataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.registry = registry;
    }

    void register(@Observes StartupEvent event) {
        gauge("notifications.parked.events", "Events waiting for the contact details of their partner",
                "select count(*) from parked_event");
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
