package nl.totalservice.onboarding.partner.registry;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Which day it is for availability: partners' holidays are Dutch calendar days. */
@ApplicationScoped
public class BusinessCalendar {

    /** The business calendar ({@code partner.calendar.*}). */
    @ConfigMapping(prefix = "partner.calendar")
    public interface Config {

        /** Time zone whose date decides whether a partner is unavailable "today". */
        @WithDefault("Europe/Amsterdam")
        ZoneId zone();
    }

    private final Clock clock;
    private final Config config;

    public BusinessCalendar(Clock clock, Config config) {
        this.clock = clock;
        this.config = config;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(config.zone()));
    }
}
