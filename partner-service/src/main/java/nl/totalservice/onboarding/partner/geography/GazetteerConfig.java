package nl.totalservice.onboarding.partner.geography;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** The postcode gazetteer ({@code partner.gazetteer.*}). */
@ConfigMapping(prefix = "partner.gazetteer")
public interface GazetteerConfig {

    /** Path of a GeoNames postal-code file for NL (env PARTNER_GAZETTEER_PATH); without it region cannot decide. */
    Optional<String> path();

    /** Load the file at start-up when it differs from the last load (by SHA-256). */
    @WithDefault("true")
    boolean loadAtStartup();
}
