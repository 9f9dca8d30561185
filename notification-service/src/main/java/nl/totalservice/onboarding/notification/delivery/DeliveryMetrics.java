package nl.totalservice.onboarding.notification.delivery;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.function.Supplier;

/** Gauges for ops: notifications waiting to be sent and failed ones, counted when metrics are scraped. */
@ApplicationScoped
public class DeliveryMetrics {

    private final NotificationRepository repository;
    private final MeterRegistry registry;

    public DeliveryMetrics(NotificationRepository repository, MeterRegistry registry) {
        this.repository = repository;
        this.registry = registry;
    }

    // two parameters, not one bound to a list: Hibernate translates a query with a list parameter on every call
    void register(@Observes StartupEvent event) {
        Gauge.builder("notifications.backlog", () -> count(() -> repository.count("status in (?1, ?2)",
                        NotificationStatus.PENDING, NotificationStatus.SENDING)))
                .description("Notifications waiting to be sent (PENDING or SENDING)").register(registry);
        Gauge.builder("notifications.failed.current", () -> count(() -> repository.count("status",
                        NotificationStatus.FAILED)))
                .description("Notifications marked FAILED (waiting for a manual retry)").register(registry);
    }

    /** A count in its own short transaction; NaN (no sample) while the database is away. */
    private static double count(Supplier<Long> query) {
        try {
            return QuarkusTransaction.requiringNew().call(query::get);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
