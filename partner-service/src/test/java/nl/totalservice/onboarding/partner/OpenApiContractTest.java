package nl.totalservice.onboarding.partner;

import io.quarkus.test.junit.QuarkusTest;
import nl.totalservice.onboarding.platform.testing.contract.SavedOpenApiContract;

/** The live OpenAPI document equals docs/openapi/partner-service.yaml, and changes to it stay compatible. */
@QuarkusTest
class OpenApiContractTest extends SavedOpenApiContract {

    @Override
    protected String serviceName() {
        return "partner-service";
    }
}
