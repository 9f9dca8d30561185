package nl.totalservice.onboarding.notification;

import io.quarkus.test.junit.QuarkusTest;
import nl.totalservice.onboarding.platform.testing.fuzz.OpenApiFuzzContract;

@QuarkusTest
class OpenApiFuzzTest extends OpenApiFuzzContract {
}
