package nl.totalservice.onboarding.task.deadlines;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import nl.totalservice.onboarding.platform.testing.kafka.RecordedEvent;
import nl.totalservice.onboarding.task.support.Scenario;
import nl.totalservice.onboarding.task.support.ShortDeadlines;
import nl.totalservice.onboarding.task.support.TaskTopic;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@TestProfile(ShortDeadlines.class)
class DeadlineTest {

    @Inject
    Scenario given;

    @Inject
    DeadlineService deadlines;

    @Inject
    Clock clock;

    @Test
    void aMissedAcceptDeadlinePublishesTaskOverdueAndLaterReturnsTheTaskToTheQueue() {
        Scenario.Assigned task = given.assignedTask(false);
        RecordedEvent assigned = TaskTopic.await("TaskAssigned", task.taskId());
        Instant acceptBy = Instant.parse(assigned.field("acceptBy"));
        assertThat(Duration.between(Instant.parse(assigned.field("occurredAt")), acceptBy)).isEqualTo(Duration.ofSeconds(3));

        RecordedEvent overdue = TaskTopic.await("TaskOverdue", task.taskId());
        assertThat(overdue.field("partnerId")).isEqualTo(task.partnerId().toString());
        assertThat(overdue.field("partnerName")).isEqualTo("Kantoor Assigned");
        assertThat(Instant.parse(overdue.field("acceptBy"))).isEqualTo(acceptBy);
        assertThat(overdue.field("status")).isEqualTo("ASSIGNED");
        assertThat(overdue.field("/lead/companyName")).isEqualTo("Bakkerij De Korenschoof");
        assertThat(Instant.parse(overdue.field("occurredAt"))).isAfterOrEqualTo(acceptBy);

        RecordedEvent returned = TaskTopic.await("TaskReturnedToQueue", task.taskId());
        assertThat(returned.field("reason")).isEqualTo("ACCEPT_DEADLINE_MISSED");
        assertThat(returned.field("partnerId")).isEqualTo(task.partnerId().toString());
        assertThat(returned.field("status")).isEqualTo("OPEN");
        assertThat(Instant.parse(returned.field("occurredAt"))).isAfterOrEqualTo(acceptBy.plusSeconds(4));

        given.task(task.taskId()).body("status", equalTo("OPEN"))
                .body("missedDeadlinePartners.id", hasItem(task.partnerId().toString()))
                .body("history.action", hasItem("OVERDUE"))
                .body("history.action", hasItem("RETURNED_TO_QUEUE"));
        assertThat(given.queueIds()).contains(task.taskId().toString());
        given().auth().oauth2(Scenario.partnerToken(task.partnerId())).when().get("/api/portal/tasks/{id}", task.taskId())
                .then().statusCode(404);
        // a late partner is not excluded: the coordinator may phone them and assign them again
        given.assign(task.taskId(), task.partnerId(), null).statusCode(200);
        assertThat(TaskTopic.of("TaskOverdue", task.taskId())).hasSize(1);
    }

    @Test
    void aPartnerMayStillAcceptAnOverdueTaskUntilItReturns() {
        Scenario.Assigned task = given.assignedTask(false);
        TaskTopic.await("TaskOverdue", task.taskId());
        given.portal(task.partnerId(), "acceptance", task.taskId(), null).statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("overdue", equalTo(true));

        assertThat(deadlines.fireDue(clock.instant().plus(Duration.ofHours(1)))).isGreaterThanOrEqualTo(0);
        given.task(task.taskId()).body("status", equalTo("ACCEPTED"));
        assertThat(TaskTopic.of("TaskReturnedToQueue", task.taskId())).isEmpty();
        // the coordinator's list of overdue tasks: task-service filters, so no page of others hides it
        given().auth().oauth2(Scenario.coordinator()).queryParam("partnerId", task.partnerId().toString())
                .queryParam("overdue", "true").when().get("/api/tasks")
                .then().statusCode(200).body("items.id", equalTo(List.of(task.taskId().toString())));
        given().auth().oauth2(Scenario.coordinator()).queryParam("partnerId", task.partnerId().toString())
                .queryParam("overdue", "false").when().get("/api/tasks")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void anUrgentAssignmentHasTheShorterDeadlineAndAnUnmadeCallEscalates() {
        Scenario.Assigned task = given.assignedTask(true);
        RecordedEvent assigned = TaskTopic.await("TaskAssigned", task.taskId());
        assertThat(Duration.between(Instant.parse(assigned.field("occurredAt")), Instant.parse(assigned.field("acceptBy"))))
                .isEqualTo(Duration.ofSeconds(2));
        String callId = TaskTopic.await("TaskCallRequested", task.taskId()).field("callId");

        RecordedEvent escalated = TaskTopic.await("TaskCallEscalated", task.taskId());
        assertThat(escalated.field("callId")).isEqualTo(callId);
        assertThat(escalated.field("partnerId")).isEqualTo(task.partnerId().toString());
        assertThat(escalated.field("assignee")).isEqualTo(Scenario.COORDINATOR);
        given().auth().oauth2(Scenario.coordinator()).when().get("/api/calls/{id}", callId).then()
                .body("escalatedAt", org.hamcrest.Matchers.notNullValue());
        assertThat(TaskTopic.of("TaskCallEscalated", task.taskId())).hasSize(1);
    }

    @Test
    void concurrentDeadlineChecksFireEachDeadlineExactlyOnce() throws Exception {
        List<UUID> taskIds = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            taskIds.add(given.assignedTask(i % 2 == 0).taskId());
        }
        Instant later = clock.instant().plus(Duration.ofMinutes(10));
        int checkers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(checkers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        try {
            for (int i = 0; i < checkers; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return deadlines.fireDue(later);
                }));
            }
            start.countDown();
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }

        for (UUID taskId : taskIds) {
            TaskTopic.await("TaskReturnedToQueue", taskId);
            given.task(taskId).body("status", equalTo("OPEN"));
        }
        // the background scheduler ran as a further competitor; still exactly one of each per task
        deadlines.fireDue(clock.instant().plus(Duration.ofMinutes(20)));
        for (UUID taskId : taskIds) {
            assertThat(TaskTopic.of("TaskOverdue", taskId)).hasSize(1);
            assertThat(TaskTopic.of("TaskReturnedToQueue", taskId)).hasSize(1);
        }
    }
}
