package nl.totalservice.onboarding.partner.geography;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** The postcode gazetteer ({@code partner.gazetteer.*}). */
@ConfigMapping(prefix = "partner.gazetteer")
public interface GazetteerConfig {

    /** A GeoNames postal-code file for NL (env PARTNER_GAZETTEER_PATH) used instead of the bundled gazetteer; unset: the bundled one. */
    Optional<String> path();

    /** Load the gazetteer at start-up when it differs from the last load (by SHA-256). */
    @WithDefault("true")
    boolean loadAtStartup();
}
