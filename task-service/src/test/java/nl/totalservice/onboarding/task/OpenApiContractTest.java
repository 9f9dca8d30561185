package nl.totalservice.onboarding.task;

import io.quarkus.test.junit.QuarkusTest;
import nl.totalservice.onboarding.platform.testing.contract.SavedOpenApiContract;

/** The live OpenAPI document equals docs/openapi/task-service.yaml, and changes to it stay compatible. */
@QuarkusTest
class OpenApiContractTest extends SavedOpenApiContract {

    @Override
    protected String serviceName() {
        return "task-service";
    }
}
