package nl.totalservice.onboarding.platform.messaging.metrics;

import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

/**
 * Every meter of a service carries {@code application="<service name>"}, so that one dashboard and
 * one set of alert rules serve all four services whatever the scrape configuration calls its targets.
 */
public class ApplicationTag {

    @Produces
    @Singleton
    MeterFilter applicationTag(@ConfigProperty(name = "quarkus.application.name") String applicationName) {
        return MeterFilter.commonTags(List.of(Tag.of("application", applicationName)));
    }
}
