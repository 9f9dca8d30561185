package nl.totalservice.onboarding.platform.testing.contract.compat;

import nl.totalservice.onboarding.platform.testing.yaml.YamlTree;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiCompatibilityTest {

    private static final String SAVED = """
            openapi: 3.1.0
            info: {title: Leads, version: 1.2.0}
            paths:
              /api/leads:
                post:
                  operationId: registerLead
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema: {$ref: '#/components/schemas/LeadRequest'}
                  responses:
                    '201':
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Lead'}
                get:
                  operationId: listLeads
                  parameters:
                  - {name: page, in: query, schema: {type: integer}}
                  responses:
                    '200':
                      content:
                        application/json:
                          schema:
                            type: array
                            items: {$ref: '#/components/schemas/Lead'}
              /api/leads/{id}:
                delete:
                  operationId: withdrawLead
                  responses: {'204': {description: gone}}
            components:
              schemas:
                LeadRequest:
                  type: object
                  required: [companyName]
                  properties:
                    companyName: {type: string}
                    source: {type: string, enum: [WEBSITE, PARTNER_REFERRAL]}
                Lead:
                  type: object
                  properties:
                    id: {type: string, format: uuid}
                    companyName: {type: string}
                    owner:
                      allOf:
                      - {$ref: '#/components/schemas/Owner'}
                      description: the sales person
                Owner:
                  type: object
                  properties:
                    email: {type: [string, 'null']}
            """;

    @Test
    void findsNoBreakingChangeInTheSameDocumentWithNewOptionalThings() {
        String changed = SAVED
                .replace("companyName: {type: string}\n        source", "companyName: {type: string}\n        note: {type: string}\n        source")
                .replace("    email: {type: [string, 'null']}", "    email: {type: [string, 'null']}\n        phone: {type: string}")
                .replace("source: {type: string, enum: [WEBSITE, PARTNER_REFERRAL]}", "source: {type: string, enum: [WEBSITE, PARTNER_REFERRAL, EVENT]}");

        assertThat(breaking(SAVED, changed)).isEmpty();
        assertThat(DocumentDiff.between(YamlTree.parse(SAVED), YamlTree.parse(changed)))
                .contains("+ components.schemas.LeadRequest.properties.note", "+ components.schemas.Owner.properties.phone");
    }

    @Test
    void reportsARemovedOperationAndARemovedPath() {
        String changed = SAVED.replace("    delete:\n      operationId: withdrawLead\n      responses: {'204': {description: gone}}\n", "    {}\n")
                .replace("  /api/leads/{id}:\n    {}\n", "");

        assertThat(breaking(SAVED, changed)).containsExactly("removed path /api/leads/{id}");
        String withoutGet = SAVED.replace("    get:\n      operationId: listLeads", "    put:\n      operationId: listLeads");
        assertThat(breaking(SAVED, withoutGet)).contains("removed operation GET /api/leads");
    }

    @Test
    void reportsAResponseFieldRemovedEvenBehindARefAndAnAllOf() {
        String changed = SAVED.replace("    email: {type: [string, 'null']}", "    mail: {type: [string, 'null']}");

        assertThat(breaking(SAVED, changed)).containsExactly("removed field POST /api/leads response 201.owner.email");
    }

    @Test
    void reportsANewRequiredRequestFieldAndAChangedType() {
        String required = SAVED.replace("required: [companyName]", "required: [companyName, source]");
        String retyped = SAVED.replace("id: {type: string, format: uuid}", "id: {type: integer}");

        assertThat(breaking(SAVED, required)).containsExactly("new required field POST /api/leads request.source");
        assertThat(breaking(SAVED, retyped)).containsExactly("changed type of POST /api/leads response 201.id: [string] -> [integer]");
    }

    @Test
    void reportsARemovedAcceptedValueAndANewRequiredParameter() {
        String changed = SAVED.replace("enum: [WEBSITE, PARTNER_REFERRAL]", "enum: [WEBSITE]")
                .replace("{name: page, in: query, schema: {type: integer}}", "{name: page, in: query, required: true, schema: {type: integer}}");

        assertThat(breaking(SAVED, changed)).containsExactlyInAnyOrder(
                "removed accepted values [PARTNER_REFERRAL] of POST /api/leads request.source",
                "new required parameter query:page of GET /api/leads");
    }

    @Test
    void allowsABreakingChangeOnlyWithAHigherMajorVersion() {
        assertThat(ApiVersion.majorBumped("1.2.0", "2.0.0")).isTrue();
        assertThat(ApiVersion.majorBumped("1.2.0", "1.9.0")).isFalse();
        assertThat(ApiVersion.major("0.1.0-SNAPSHOT")).isZero();
    }

    private static List<String> breaking(String saved, String live) {
        Map<String, Object> before = YamlTree.parse(saved);
        Map<String, Object> after = YamlTree.parse(live);
        return OpenApiCompatibility.breakingChanges(before, after);
    }
}
