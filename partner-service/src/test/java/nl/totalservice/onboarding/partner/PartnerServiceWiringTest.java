package nl.totalservice.onboarding.partner;

import io.quarkus.test.junit.QuarkusTest;
import nl.totalservice.onboarding.platform.testing.contract.ServiceWiringContract;

@QuarkusTest
class PartnerServiceWiringTest extends ServiceWiringContract {

    @Override
    protected String expectedApiTitle() {
        return "Partner service API";
    }
}
