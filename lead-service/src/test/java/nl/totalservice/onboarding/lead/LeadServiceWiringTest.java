package nl.totalservice.onboarding.lead;

import io.quarkus.test.junit.QuarkusTest;
import nl.totalservice.onboarding.platform.testing.contract.ServiceWiringContract;

@QuarkusTest
class LeadServiceWiringTest extends ServiceWiringContract {

    @Override
    protected String expectedApiTitle() {
        return "Lead service API";
    }
}
