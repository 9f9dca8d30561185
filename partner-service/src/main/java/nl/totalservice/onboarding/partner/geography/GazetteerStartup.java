package nl.totalservice.onboarding.partner.geography;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;

/**
 * Loads the gazetteer at start-up (the bundled data, or the configured file) when it changed since
 * the last load. A source that cannot be read never stops the service: it runs on the previous
 * load, or without one, and readiness reports it until a reload succeeds.
 */
@ApplicationScoped
public class GazetteerStartup {

    private static final Logger LOG = Logger.getLogger(GazetteerStartup.class);

    /** Before the Kafka consumers start (LIBRARY_BEFORE), so no lead is decided while postcodes are being loaded. */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event, GazetteerConfig config,
                 Gazetteer gazetteer) {
        if (!config.loadAtStartup()) {
            return;
        }
        try {
            gazetteer.loadIfChanged("startup");
        } catch (RuntimeException e) {
            LOG.errorf("Gazetteer not loaded at start-up; the service runs on %s and reports not ready: %s",
                    gazetteer.isLoaded() ? "the previous load" : "no gazetteer (postcodes cannot be placed)",
                    e.getMessage());
        }
    }
}
