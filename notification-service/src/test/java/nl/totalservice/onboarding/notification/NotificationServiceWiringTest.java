package nl.totalservice.onboarding.notification;

import io.quarkus.test.junit.QuarkusTest;
import nl.totalservice.onboarding.platform.testing.contract.ServiceWiringContract;

@QuarkusTest
class NotificationServiceWiringTest extends ServiceWiringContract {

    @Override
    protected String expectedApiTitle() {
        return "Notification service API";
    }
}
