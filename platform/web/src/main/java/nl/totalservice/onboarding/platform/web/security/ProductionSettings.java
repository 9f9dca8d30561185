package nl.totalservice.onboarding.platform.web.security;

import io.quarkus.runtime.ExecutionMode;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.ArrayList;
import java.util.List;

/**
 * Refuses to start a packaged service (prod profile) that lacks a security setting which only
 * development may default: the bearer-token verification key (a PEM file or an identity provider's
 * JWKS URL), the token issuer and the database password. It runs while the runtime configuration is
 * built, before anything connects, and fails with one line naming every missing environment
 * variable (Quarkus prints a {@link ConfigurationException} as its bare message and exits with 1).
 *
 * <p>It adds no configuration itself; it is a factory only to run that early.
 */
public class ProductionSettings implements ConfigSourceFactory {

    /** Where every production setting is documented; named in the refusal. */
    static final String DOCUMENTATION = "docs/production.md";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        // at build time (mvn package builds in the prod profile too) nothing is deployed yet
        if (ExecutionMode.current() != ExecutionMode.RUNTIME_INIT || !context.getProfiles().contains("prod")) {
            return List.of();
        }
        List<String> missing = missing(context);
        if (!missing.isEmpty()) {
            throw new ConfigurationException(refusal(missing));
        }
        return List.of();
    }

    /** The environment variables (with what they hold) that production must set and did not. */
    static List<String> missing(ConfigSourceContext context) {
        List<String> missing = new ArrayList<>();
        if (blank(context, "mp.jwt.verify.publickey.location") && blank(context, "mp.jwt.verify.publickey")
                && blank(context, "smallrye.jwt.verify.key.location")) {
            missing.add("MP_JWT_VERIFY_PUBLICKEY_LOCATION (your identity provider's JWKS URL or a PEM public key file)");
        }
        if (blank(context, "mp.jwt.verify.issuer")) {
            missing.add("MP_JWT_VERIFY_ISSUER (the iss of your identity provider's tokens)");
        }
        if (!blank(context, "quarkus.datasource.db-kind") && blank(context, "quarkus.datasource.password")
                && blank(context, "quarkus.datasource.credentials-provider")) {
            missing.add("QUARKUS_DATASOURCE_PASSWORD (and QUARKUS_DATASOURCE_USERNAME)");
        }
        return missing;
    }

    static String refusal(List<String> missing) {
        return "Refusing to start without production security settings: set " + String.join(", ", missing)
                + " (development defaults apply only in the dev and test profiles; see " + DOCUMENTATION + ")";
    }

    private static boolean blank(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null || value.getValue().isBlank();
    }
}
