package nl.totalservice.onboarding.task;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import nl.totalservice.onboarding.platform.testing.kafka.RecordedEvent;
import nl.totalservice.onboarding.task.support.EventContract;
import nl.totalservice.onboarding.task.support.Scenario;
import nl.totalservice.onboarding.task.support.ShortDeadlines;
import nl.totalservice.onboarding.task.support.TaskTopic;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Drives tasks through every transition and checks that each published event has the shape docs/events.md gives. */
@QuarkusTest
@TestProfile(ShortDeadlines.class)
class TaskEventContractTest {

    @Inject
    Scenario given;

    @Test
    void everyTaskEventTypeIsPublishedWithTheDocumentedFields() {
        Scenario.Assigned missed = given.assignedTask(true);
        Scenario.Assigned called = given.assignedTask(true);
        String callId = TaskTopic.await("TaskCallRequested", called.taskId()).field("callId");
        given().auth().oauth2(Scenario.coordinator()).contentType(ContentType.JSON).body(Map.of("outcome", "NO_ANSWER"))
                .when().post("/api/calls/{id}/outcome", callId).then().statusCode(200);

        Scenario.Assigned done = given.assignedTask(false);
        given.portal(done.partnerId(), "decline", done.taskId(), Map.of("reason", "UNAVAILABLE")).statusCode(200);
        UUID next = given.partner("Volgende");
        given.partnerMatched(UUID.randomUUID(), done.leadId(), next, "TASK_DECLINED", done.taskId());
        TaskTopic.await("TaskSuggestionChanged", done.taskId(), event -> next.toString().equals(event.field("suggestedPartnerId")));
        given.assign(done.taskId(), next, null).statusCode(200);
        given.portal(next, "acceptance", done.taskId(), null).statusCode(200);
        given.portal(next, "customer-contact", done.taskId(), Map.of("note", "Called")).statusCode(200);
        given.portal(next, "completion", done.taskId(), Map.of("outcome", "CUSTOMER_UNDECIDED")).statusCode(200);

        UUID cancelled = given.openTask(given.lead("Stop BV"), null, false);
        given().auth().oauth2(Scenario.sales()).contentType(ContentType.JSON).body(Map.of("note", "Lead lost"))
                .when().post("/api/tasks/{id}/cancellation", cancelled).then().statusCode(200);

        TaskTopic.await("TaskCallEscalated", missed.taskId());
        TaskTopic.await("TaskReturnedToQueue", missed.taskId());
        TaskTopic.await("TaskCompleted", done.taskId());
        TaskTopic.await("TaskCancelled", cancelled);

        Set<String> seen = new TreeSet<>();
        for (UUID taskId : List.of(missed.taskId(), called.taskId(), done.taskId(), cancelled)) {
            for (RecordedEvent event : TaskTopic.about(taskId)) {
                EventContract.check(event);
                seen.add(event.type());
            }
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(EventContract.types());
    }
}
