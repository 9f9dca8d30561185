package nl.totalservice.onboarding.platform.testing.quarkus;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import nl.totalservice.onboarding.platform.testing.infra.SharedInfrastructure;
import nl.totalservice.onboarding.platform.testing.infra.SmtpServer;

import java.util.Map;

/**
 * Quarkus test resource: a real SMTP server (GreenMail), one per test JVM, with the Quarkus mailer
 * pointed at it and its mock switched off. A test gets the server in a field of type
 * {@link SmtpServer}.
 */
public class SmtpResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        SmtpServer smtp = SharedInfrastructure.smtp();
        return Map.of(
                "quarkus.mailer.host", smtp.host(),
                "quarkus.mailer.port", Integer.toString(smtp.port()),
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.tls", "false");
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(SharedInfrastructure.smtp(),
                new TestInjector.MatchesType(SmtpServer.class));
    }

    @Override
    public void stop() {
        // the server lives as long as the JVM: other test classes reuse it
    }
}
