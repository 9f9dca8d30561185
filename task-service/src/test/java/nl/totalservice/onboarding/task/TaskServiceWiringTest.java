package nl.totalservice.onboarding.task;

import io.quarkus.test.junit.QuarkusTest;
import nl.totalservice.onboarding.platform.testing.contract.ServiceWiringContract;

@QuarkusTest
class TaskServiceWiringTest extends ServiceWiringContract {

    @Override
    protected String expectedApiTitle() {
        return "Task service API";
    }
}
