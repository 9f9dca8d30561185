package nl.totalservice.onboarding.partner.geography;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Loads the gazetteer at start-up when a file is configured and changed. A missing or unreadable
 * file never stops the service: it runs on the previous load, or without region.
 */
@ApplicationScoped
public class GazetteerStartup {

    private static final Logger LOG = Logger.getLogger(GazetteerStartup.class);

    void onStart(@Observes StartupEvent event, GazetteerConfig config, Gazetteer gazetteer) {
        if (config.path().filter(path -> !path.isBlank()).isEmpty()) {
            LOG.warn("No gazetteer file configured (partner.gazetteer.path): region decides only with loaded data "
                    + "or lead coordinates");
            return;
        }
        if (!config.loadAtStartup()) {
            return;
        }
        try {
            gazetteer.loadIfChanged("startup");
        } catch (RuntimeException e) {
            LOG.errorf("Gazetteer not loaded at start-up; the service runs on %s: %s",
                    gazetteer.isLoaded() ? "the previous load" : "no gazetteer (region cannot decide)", e.getMessage());
        }
    }
}
