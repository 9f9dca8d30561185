package nl.totalservice.onboarding.platform.testing.quarkus;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import nl.totalservice.onboarding.platform.testing.jwt.DevTokens;

import java.util.Map;

/**
 * Quarkus test resource: verify bearer tokens with the DEVELOPMENT key and issuer, set explicitly.
 * The test profile has them by default; a packaged service under test ({@code @QuarkusIntegrationTest},
 * prod profile) refuses to start without them, as production would without its own.
 */
public class DevJwtResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "mp.jwt.verify.publickey.location", DevTokens.PUBLIC_KEY_LOCATION,
                "mp.jwt.verify.issuer", DevTokens.ISSUER);
    }

    @Override
    public void stop() {
        // nothing runs
    }
}
