package nl.totalservice.onboarding.task.calls;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import nl.totalservice.onboarding.platform.testing.kafka.RecordedEvent;
import nl.totalservice.onboarding.task.deadlines.PartnerCalendars;
import nl.totalservice.onboarding.task.support.Scenario;
import nl.totalservice.onboarding.task.support.TaskTopic;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.totalservice.onboarding.task.support.Scenario.coordinator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class UrgentCallTest {

    @Inject
    Scenario given;

    @Inject
    PartnerCalendars calendars;

    @Test
    void anUrgentAssignmentOpensACallForTheAssigningCoordinatorWithAShorterDeadline() {
        Scenario.Assigned task = given.assignedTask(true);

        RecordedEvent assigned = TaskTopic.await("TaskAssigned", task.taskId());
        assertThat(assigned.json().path("urgent").asBoolean()).isTrue();
        assertThat(calendars.of(task.partnerId()).between(Instant.parse(assigned.field("occurredAt")),
                Instant.parse(assigned.field("acceptBy")))).as("4 hours of working time").isEqualTo(Duration.ofHours(4));
        RecordedEvent requested = TaskTopic.await("TaskCallRequested", task.taskId());
        assertThat(requested.field("partnerId")).isEqualTo(task.partnerId().toString());
        assertThat(requested.field("assignee")).isEqualTo(Scenario.COORDINATOR);
        String callId = requested.field("callId");

        given().auth().oauth2(coordinator()).queryParam("size", 100).queryParam("assignee", Scenario.COORDINATOR)
                .when().get("/api/calls").then().statusCode(200).body("items.id", hasItem(callId));
        given().auth().oauth2(coordinator()).when().get("/api/calls/{id}", callId).then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("taskId", equalTo(task.taskId().toString()))
                .body("partner.name", equalTo("Kantoor Assigned"))
                .body("partner.phone", equalTo("+31 50 765 4321"))
                .body("lead.companyName", equalTo("Bakkerij De Korenschoof"))
                .body("assignee", equalTo(Scenario.COORDINATOR));
        given.task(task.taskId()).body("calls", hasSize(1)).body("calls[0].id", equalTo(callId));
    }

    @Test
    void aNormalAssignmentOpensNoCall() {
        Scenario.Assigned task = given.assignedTask(false);
        TaskTopic.await("TaskAssigned", task.taskId());
        given.task(task.taskId()).body("calls", hasSize(0));
        assertThat(TaskTopic.of("TaskCallRequested", task.taskId())).isEmpty();
    }

    @Test
    void noAnswerAndCallBackRescheduleTheCallAndReachedClosesIt() {
        Scenario.Assigned task = given.assignedTask(true);
        String callId = TaskTopic.await("TaskCallRequested", task.taskId()).field("callId");
        Instant callBack = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

        Instant dueAfterNoAnswer = Instant.parse(record(callId, Map.of("outcome", "NO_ANSWER", "note", "Voicemail"))
                .statusCode(200).body("status", equalTo("OPEN")).extract().path("dueAt"));
        assertThat(dueAfterNoAnswer).isAfter(Instant.now().plus(29, ChronoUnit.MINUTES));
        record(callId, Map.of("outcome", "CALL_BACK", "callBackAt", callBack.toString())).statusCode(200)
                .body("status", equalTo("OPEN")).body("dueAt", equalTo(callBack.toString()));
        record(callId, Map.of("outcome", "REACHED")).statusCode(200).body("status", equalTo("DONE"))
                .body("attempts.outcome", equalTo(List.of("NO_ANSWER", "CALL_BACK", "REACHED")));
        record(callId, Map.of("outcome", "REACHED")).statusCode(409).body("currentState", equalTo("DONE"));

        RecordedEvent callBackRecorded = TaskTopic.awaitNth("TaskCallRecorded", task.taskId(), 2);
        assertThat(callBackRecorded.field("outcome")).isEqualTo("CALL_BACK");
        assertThat(callBackRecorded.field("callBackAt")).isEqualTo(callBack.toString());
        assertThat(callBackRecorded.field("recordedBy")).isEqualTo(Scenario.COORDINATOR);
        assertThat(TaskTopic.awaitNth("TaskCallRecorded", task.taskId(), 3).field("outcome")).isEqualTo("REACHED");
    }

    @Test
    void acceptingTheTaskClosesItsOpenCall() {
        Scenario.Assigned task = given.assignedTask(true);
        String callId = TaskTopic.await("TaskCallRequested", task.taskId()).field("callId");
        given.portal(task.partnerId(), "acceptance", task.taskId(), null).statusCode(200);
        given().auth().oauth2(coordinator()).when().get("/api/calls/{id}", callId).then()
                .body("status", equalTo("CLOSED")).body("closeReason", equalTo("TASK_ACCEPTED"));
        record(callId, Map.of("outcome", "REACHED")).statusCode(409).body("currentState", equalTo("CLOSED"));
    }

    @Test
    void refusesInvalidCallOutcomes() {
        Scenario.Assigned task = given.assignedTask(true);
        String callId = TaskTopic.await("TaskCallRequested", task.taskId()).field("callId");
        record(callId, Map.of("outcome", "CALL_BACK")).statusCode(400).body("errors.field", hasItem("callBackAt"));
        record(callId, Map.of("outcome", "CALL_BACK", "callBackAt", "2020-01-01T00:00:00Z")).statusCode(400)
                .body("errors.field", hasItem("callBackAt"));
        record(callId, Map.of("outcome", "MAYBE")).statusCode(400).body("errors.field", hasItem("outcome"));
        record(UUID.randomUUID().toString(), Map.of("outcome", "REACHED")).statusCode(404);
        given().auth().oauth2(Scenario.partnerToken(task.partnerId())).when().get("/api/calls").then().statusCode(403);
    }

    private io.restassured.response.ValidatableResponse record(String callId, Map<String, Object> body) {
        return given().auth().oauth2(coordinator()).contentType(ContentType.JSON).body(body)
                .when().post("/api/calls/{id}/outcome", callId).then();
    }
}
