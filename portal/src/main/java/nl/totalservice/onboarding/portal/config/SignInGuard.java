package nl.totalservice.onboarding.portal.config;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** A production portal refuses to start with development sign-in unless it is switched on on purpose. */
@ApplicationScoped
public class SignInGuard {

    private static final Logger LOG = Logger.getLogger(SignInGuard.class);

    void check(@Observes StartupEvent event, PortalConfig config) {
        check(LaunchMode.current(), config.signIn(), config.allowDevelopmentSignIn());
    }

    /** Refuses development sign-in in a packaged (production) run unless it is explicitly allowed. */
    static void check(LaunchMode mode, SignInMode signIn, boolean allowed) {
        if (signIn != SignInMode.DEVELOPMENT) {
            return;
        }
        if (mode == LaunchMode.NORMAL && !allowed) {
            throw new IllegalStateException("portal.sign-in=development lets anyone sign in as anyone: a production "
                    + "portal needs portal.sign-in=oidc (and quarkus.oidc.*), or PORTAL_ALLOW_DEVELOPMENT_SIGN_IN=true "
                    + "for a local run");
        }
        LOG.warn("DEVELOPMENT SIGN-IN: anyone can sign in as any role with tokens of the development key. "
                + "Not for production.");
    }
}
