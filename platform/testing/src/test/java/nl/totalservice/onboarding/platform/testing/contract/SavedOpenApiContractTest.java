package nl.totalservice.onboarding.platform.testing.contract;

import nl.totalservice.onboarding.platform.testing.yaml.YamlTree;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SavedOpenApiContractTest {

    @Test
    void namesEveryOperationWithoutAnOperationIdAndEveryRepeatedOne() {
        var document = YamlTree.parse("""
                paths:
                  /api/leads:
                    parameters: []
                    get: {operationId: listLeads}
                    post: {summary: Register}
                  /api/leads/{id}:
                    get: {operationId: listLeads}
                  /api/partners:
                    get: {operationId: listPartners}
                """);

        assertThat(SavedOpenApiContract.operationIdProblems(document)).containsExactlyInAnyOrder(
                "POST /api/leads has no operationId",
                "GET /api/leads/{id} repeats operationId listLeads of GET /api/leads");
    }
}
