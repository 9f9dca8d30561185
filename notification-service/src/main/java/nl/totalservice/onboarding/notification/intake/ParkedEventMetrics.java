package nl.totalservice.onboarding.notification.intake;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** The gauge of events waiting for the contact details of their partner, counted when metrics are scraped. */
@ApplicationScoped
public class ParkedEventMetrics {

    private final ParkedEventRepository repository;
    private final MeterRegistry registry;

    public ParkedEventMetrics(ParkedEventRepository repository, MeterRegistry registry) {
        this.repository = repository;
        this.registry = registry;
    }

    void register(@Observes StartupEvent event) {
        Gauge.builder("notifications.parked.events", this::count)
                .description("Events waiting for the contact details of their partner").register(registry);
    }

    /** NaN (no sample) while the database is away. */
    private double count() {
        try {
            return QuarkusTransaction.requiringNew().call(repository::count);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
