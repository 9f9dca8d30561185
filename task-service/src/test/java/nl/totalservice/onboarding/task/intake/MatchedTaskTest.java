package nl.totalservice.onboarding.task.intake;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.totalservice.onboarding.platform.testing.infra.SharedInfrastructure;
import nl.totalservice.onboarding.platform.testing.kafka.RecordedEvent;
import nl.totalservice.onboarding.platform.testing.kafka.TopicRecorder;
import nl.totalservice.onboarding.task.Channels;
import nl.totalservice.onboarding.task.support.Scenario;
import nl.totalservice.onboarding.task.support.TaskTopic;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class MatchedTaskTest {

    @Inject
    Scenario given;

    @Test
    void aPartnerMatchedDecisionOpensATaskWithTheMatchedPartnerAsSuggestion() {
        UUID partnerId = given.partner("Kantoor Zuid");
        UUID leadId = given.lead("Hoveniersbedrijf Groen");
        UUID decisionId = UUID.randomUUID();

        given.partnerMatched(decisionId, leadId, partnerId, "INTEREST_RECORDED", null);

        UUID taskId = given.awaitOnlyTaskOf(leadId);
        given.task(taskId).statusCode(200)
                .body("origin", equalTo("MATCHED"))
                .body("status", equalTo("OPEN"))
                .body("decisionId", equalTo(decisionId.toString()))
                .body("suggestedPartner.id", equalTo(partnerId.toString()))
                .body("notes", containsString("rule REGION"))
                .body("notes", containsString("Closest partner by 18 km"))
                .body("owner.email", equalTo(Scenario.SALES))
                .body("createdBy", equalTo("partner-service"));
        RecordedEvent created = TaskTopic.await("TaskCreated", taskId);
        assertThat(created.field("origin")).isEqualTo("MATCHED");
        assertThat(created.field("decisionId")).isEqualTo(decisionId.toString());
        assertThat(created.field("suggestedPartnerId")).isEqualTo(partnerId.toString());
    }

    @Test
    void theSameDecisionDeliveredTwiceOpensExactlyOneTask() {
        UUID partnerId = given.partner("Kantoor Dubbel");
        UUID leadId = given.lead("Loodgieter Lek");
        UUID decisionId = UUID.randomUUID();
        String json = given.partnerMatchedJson(decisionId, leadId, partnerId, "INTEREST_RECORDED", null);
        String eventId = UUID.randomUUID().toString();

        Scenario.sender().send(Channels.PARTNER_EVENTS, leadId.toString(), eventId, "PartnerMatched", json);
        Scenario.sender().send(Channels.PARTNER_EVENTS, leadId.toString(), eventId, "PartnerMatched", json);
        // partner-service republishing the same decision under a new event id must not open a second task either
        String republished = given.partnerMatched(decisionId, leadId, partnerId, "INTEREST_RECORDED", null);

        UUID taskId = given.awaitOnlyTaskOf(leadId);
        given.awaitHandled(republished); // same key, so handled after both deliveries of the first
        assertThat(given.tasksOf(leadId)).containsExactly(taskId.toString());
        assertThat(TaskTopic.of("TaskCreated", taskId)).hasSize(1);
    }

    @Test
    void aDecisionForALeadWithAnOpenManualTaskKeepsSalesSuggestionAndNotesTheDecision() {
        UUID salesChoice = given.partner("Kantoor Van Sales");
        UUID matched = given.partner("Kantoor Van Matching");
        UUID leadId = given.lead("Slagerij Vlees");
        UUID taskId = given.openTask(leadId, salesChoice, false);

        String eventId = given.partnerMatched(UUID.randomUUID(), leadId, matched, "INTEREST_RECORDED", null);

        given.awaitHandled(eventId);
        assertThat(given.tasksOf(leadId)).containsExactly(taskId.toString());
        given.task(taskId).body("suggestedPartner.id", equalTo(salesChoice.toString()))
                .body("history.action", hasItem("MATCHING_DECISION_NOTED"));
    }

    @Test
    void aDecisionAfterADeclineBecomesTheDeclinedTasksNewSuggestion() {
        Scenario.Assigned task = given.assignedTask(false);
        given.portal(task.partnerId(), "decline", task.taskId(), Map.of("reason", "NO_CAPACITY")).statusCode(200);
        UUID next = given.partner("Kantoor Daarna");
        UUID decisionId = UUID.randomUUID();

        given.partnerMatched(decisionId, task.leadId(), next, "TASK_DECLINED", task.taskId());

        RecordedEvent changed = TaskTopic.await("TaskSuggestionChanged", task.taskId(),
                event -> next.toString().equals(event.field("suggestedPartnerId")));
        assertThat(changed.field("reason")).isEqualTo("REMATCHED_AFTER_DECLINE");
        assertThat(changed.field("decisionId")).isEqualTo(decisionId.toString());
        assertThat(changed.field("status")).isEqualTo("OPEN");
        given.task(task.taskId()).body("suggestedPartner.id", equalTo(next.toString()))
                .body("decisionId", equalTo(decisionId.toString()))
                .body("declinedPartners.id", hasItem(task.partnerId().toString()));
        assertThat(given.tasksOf(task.leadId())).hasSize(1);
    }

    @Test
    void noPartnerAvailableForADeclinedTaskClearsItsSuggestion() {
        UUID suggested = given.partner("Kantoor Voorstel");
        UUID other = given.partner("Kantoor Ander");
        UUID leadId = given.lead("Glazenwasser Helder");
        UUID taskId = given.openTask(leadId, suggested, false);
        // the coordinator overrides the suggestion; the other partner declines: the suggestion stays until partner-service speaks
        given.assign(taskId, other, "Suggested partner on holiday").statusCode(200);
        given.portal(other, "decline", taskId, Map.of("reason", "OUTSIDE_REGION")).statusCode(200);
        given.task(taskId).body("suggestedPartner.id", equalTo(suggested.toString()));

        given.noPartnerAvailable(UUID.randomUUID(), leadId, "TASK_DECLINED", taskId);

        RecordedEvent changed = TaskTopic.await("TaskSuggestionChanged", taskId);
        assertThat(changed.field("reason")).isEqualTo("NO_PARTNER_AVAILABLE");
        assertThat(changed.field("suggestedPartnerId")).isNull();
        assertThat(changed.field("previousSuggestedPartnerId")).isEqualTo(suggested.toString());
        given.task(taskId).body("suggestedPartner", nullValue()).body("status", equalTo("OPEN"));
    }

    @Test
    void noPartnerAvailableForAFreshLeadOpensATaskWithoutSuggestionForTheCoordinator() {
        UUID leadId = given.lead("Visboer Haring");
        UUID decisionId = UUID.randomUUID();

        given.noPartnerAvailable(decisionId, leadId, "INTEREST_RECORDED", null);

        UUID taskId = given.awaitOnlyTaskOf(leadId);
        given.task(taskId).body("suggestedPartner", nullValue()).body("notes", containsString("No partner available"))
                .body("decisionId", equalTo(decisionId.toString()));
        assertThat(TaskTopic.await("TaskCreated", taskId).field("suggestedPartnerId")).isNull();
    }

    @Test
    void aDecisionNamingAnUnknownTaskGoesToTheDeadLetterTopic() {
        UUID partnerId = given.partner("Kantoor Onbekend");
        try (TopicRecorder dlq = TopicRecorder.record(SharedInfrastructure.kafka().bootstrapServers(),
                Channels.PARTNER_EVENTS + ".dlq")) {
            String eventId = given.partnerMatched(UUID.randomUUID(), UUID.randomUUID(), partnerId, "TASK_DECLINED",
                    UUID.randomUUID());
            RecordedEvent dead = dlq.await(event -> eventId.equals(event.id()), Duration.ofSeconds(20));
            assertThat(dead.header("dlq_error_message")).contains("does not know");
        }
    }
}
