package nl.totalservice.onboarding.platform.testing.contract.compat;

import nl.totalservice.onboarding.platform.testing.yaml.YamlTree;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AsyncApiCompatibilityTest {

    private static final String RELEASED = """
            asyncapi: 3.0.0
            info: {title: Events, version: 1.0.0}
            channels:
              leadEvents:
                address: lead-events
                messages:
                  LeadRegistered: {$ref: '#/components/messages/LeadRegistered'}
                  LeadWithdrawn: {$ref: '#/components/messages/LeadWithdrawn'}
            components:
              messages:
                LeadRegistered:
                  payload: {$ref: '#/components/schemas/LeadRegistered'}
                LeadWithdrawn:
                  payload: {$ref: '#/components/schemas/LeadWithdrawn'}
              schemas:
                LeadRegistered:
                  type: object
                  required: [eventId, leadId]
                  properties:
                    eventId: {type: string, format: uuid}
                    leadId: {type: string, format: uuid}
                    kvkNumber: {type: [string, 'null']}
                LeadWithdrawn:
                  type: object
                  properties:
                    reason: {type: string, enum: [DUPLICATE, NO_LONGER_INTERESTED]}
            """;

    @Test
    void acceptsANewOptionalFieldANewEnumValueAndANewMessage() {
        String current = RELEASED
                .replace("    kvkNumber: {type: [string, 'null']}", "    kvkNumber: {type: [string, 'null']}\n        traceId: {type: [string, 'null']}")
                .replace("enum: [DUPLICATE, NO_LONGER_INTERESTED]", "enum: [DUPLICATE, NO_LONGER_INTERESTED, OTHER]");

        assertThat(AsyncApiCompatibility.breakingChanges(YamlTree.parse(RELEASED), YamlTree.parse(current))).isEmpty();
    }

    @Test
    void reportsARemovedFieldAChangedTypeANewRequiredFieldAndARemovedMessage() {
        String current = RELEASED
                .replace("    kvkNumber: {type: [string, 'null']}", "    kvkNumber: {type: integer}\n        owner: {type: string}")
                .replace("required: [eventId, leadId]", "required: [eventId, owner]")
                .replace("      LeadWithdrawn: {$ref: '#/components/messages/LeadWithdrawn'}\n", "");

        assertThat(AsyncApiCompatibility.breakingChanges(YamlTree.parse(RELEASED), YamlTree.parse(current))).containsExactlyInAnyOrder(
                "changed type of LeadRegistered.kvkNumber: [string] -> [integer]",
                "new required field LeadRegistered.owner (events already on the topic lack it)",
                "removed message LeadWithdrawn from lead-events");
    }
}
