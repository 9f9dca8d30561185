package nl.totalservice.onboarding.e2e;

import nl.totalservice.onboarding.platform.testing.kafka.RecordedEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalog (docs/asyncapi.yaml) keeps in step with real payloads: it would catch a renamed field. */
class EventCatalogTest extends EndToEndTest {

    @Test
    void aRealPayloadMatchesTheCatalogAndTheSamePayloadWithARenamedFieldDoesNot() {
        String partner = actors.registerPartner("Catalogus Accountants", partnerEmail("catalog"), UTRECHT, 10, 0, "nl");
        RecordedEvent registered = awaitEvent("PartnerRegistered", partner);
        assertThat(catalog.violations(registered)).isEmpty();

        ObjectNode renamed = (ObjectNode) JsonMapper.builder().build().readTree(registered.value());
        renamed.set("emailAddress", renamed.remove("email"));
        List<String> problems = catalog.violations("renamed", "PartnerRegistered", renamed, null);

        assertThat(problems).anySatisfy(problem -> assertThat(problem).contains("email"));
    }

    @Test
    void theCatalogDescribesEveryEventTypeOfTheContract() {
        assertThat(catalog.messageTypes()).contains(
                "LeadRegistered", "LeadUpdated", "LeadInterestRecorded", "LeadPartnerConfirmed", "OnboardingStepCompleted",
                "LeadOnboarded", "LeadWithdrawn", "PartnerRegistered", "PartnerUpdated", "PartnerMatched",
                "NoPartnerAvailable", "TaskCreated", "TaskSuggestionChanged", "TaskAssigned", "TaskAccepted",
                "TaskDeclined", "TaskCustomerContacted", "TaskCompleted", "TaskOverdue", "TaskReturnedToQueue",
                "TaskCancelled", "TaskCallRequested", "TaskCallRecorded", "TaskCallEscalated", "NotificationSent",
                "NotificationFailed");
    }
}
