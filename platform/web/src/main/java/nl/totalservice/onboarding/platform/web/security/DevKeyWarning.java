package nl.totalservice.onboarding.platform.web.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Optional;

/** Says loudly when a packaged service trusts the development JWT key, which anyone can sign with. */
@jakarta.inject.Singleton
public class DevKeyWarning {

    private static final Logger LOG = Logger.getLogger(DevKeyWarning.class);

    void onStart(@Observes StartupEvent event,
                 @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> keyLocation) {
        if (LaunchMode.current() == LaunchMode.NORMAL && keyLocation.orElse("").contains("DEV-ONLY")) {
            LOG.warn("Bearer tokens are verified with the DEVELOPMENT key (" + keyLocation.get() + "): "
                    + "anyone can mint tokens for it. Set MP_JWT_VERIFY_PUBLICKEY_LOCATION and "
                    + "MP_JWT_VERIFY_ISSUER to your identity provider's before production.");
        }
    }
}
