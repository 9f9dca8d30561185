package nl.totalservice.onboarding.platform.web.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * Says loudly when a packaged service was given the development JWT key (the local stack and compose
 * do so explicitly), which anyone can sign with. Without any key it does not start at all
 * ({@link ProductionSettings}).
 */
@jakarta.inject.Singleton
public class DevKeyWarning {

    private static final Logger LOG = Logger.getLogger(DevKeyWarning.class);

    void onStart(@Observes StartupEvent event,
                 @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> keyLocation) {
        if (LaunchMode.current() == LaunchMode.NORMAL && keyLocation.orElse("").contains("DEV-ONLY")) {
            LOG.warn("Bearer tokens are verified with the DEVELOPMENT key (" + keyLocation.get() + "): "
                    + "anyone can mint tokens for it. A deployment sets MP_JWT_VERIFY_PUBLICKEY_LOCATION and "
                    + "MP_JWT_VERIFY_ISSUER to its identity provider's (docs/production.md).");
        }
    }
}
