package nl.totalservice.onboarding.platform.messaging.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

import java.sql.SQLException;

/**
 * Liveness of the outbox relay: DOWN when its thread died (a restart helps). A relay that waits for
 * Kafka is alive: the outbox keeps the events, readiness reports Kafka itself. {@code leads} says whether
 * this instance's relay is the one that publishes (of several instances of a service, one is).
 */
@Liveness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    private final OutboxRelayService relay;
    private final OutboxConfig config;
    private final OutboxMaintenance maintenance;

    public OutboxHealthCheck(OutboxRelayService relay, OutboxConfig config, OutboxMaintenance maintenance) {
        this.relay = relay;
        this.config = config;
        this.maintenance = maintenance;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox-relay")
                .status(!config.relayEnabled() || relay.isRunning())
                .withData("enabled", config.relayEnabled())
                .withData("leads", relay.leads());
        try {
            response.withData("backlog", maintenance.backlog());
        } catch (SQLException e) {
            response.withData("backlog", "unknown: " + e.getMessage());
        }
        if (relay.lastSuccess() != null) {
            response.withData("lastSuccess", relay.lastSuccess().toString());
        }
        if (relay.lastError() != null) {
            response.withData("lastError", relay.lastError());
        }
        return response.build();
    }
}
