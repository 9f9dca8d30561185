package nl.totalservice.onboarding.task.deadlines;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import nl.totalservice.onboarding.platform.testing.kafka.RecordedEvent;
import nl.totalservice.onboarding.task.support.PinnedClock;
import nl.totalservice.onboarding.task.support.Scenario;
import nl.totalservice.onboarding.task.support.SettableClock;
import nl.totalservice.onboarding.task.support.TaskTopic;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Deadlines in working time through the whole service (REST, database, scheduler, task-events), on a
 * clock the test sets: 16 working hours to accept, 8 more until the task returns; urgent 4 and 2.
 */
@QuarkusTest
@TestProfile(PinnedClock.class)
class WorkingTimeDeadlineTest {

    @Inject
    Scenario given;

    @Inject
    SettableClock clock;

    @Inject
    DeadlineService deadlines;

    @Test
    void aTaskAssignedOnFridayAfternoonIsNotOverdueOnSundayButOnTuesdayAndItsReminderWaitsForTheMorning() {
        clock.setLocal(LocalDateTime.of(2026, 7, 3, 16, 0));
        Scenario.Assigned task = given.assignedTask(false);
        RecordedEvent assigned = TaskTopic.await("TaskAssigned", task.taskId());
        assertThat(Instant.parse(assigned.field("acceptBy"))).isEqualTo(local(2026, 7, 7, 16, 0));
        assertThat(assigned.json().path("deliverAfter").isNull()).as("the office is open: the email goes at once").isTrue();

        clock.setLocal(LocalDateTime.of(2026, 7, 5, 16, 0)); // 48 hours later: the old wall-clock deadline
        deadlines.fireDue(clock.instant());
        given.task(task.taskId()).body("status", equalTo("ASSIGNED")).body("overdue", equalTo(false))
                .body("clock.deadline", equalTo("ACCEPT_BY"))
                .body("clock.running", equalTo(false))
                .body("clock.pausedBecause", equalTo("WEEKEND"))
                .body("clock.resumesAt", equalTo(local(2026, 7, 6, 9, 0).toString()))
                .body("clock.workingTimeLeft", equalTo("PT15H"))
                .body("clock.summary", equalTo("paused: weekend (Sunday) until Mon 6 Jul 09:00; 15h 0m left"));

        clock.setLocal(LocalDateTime.of(2026, 7, 7, 17, 30));
        RecordedEvent overdue = TaskTopic.await("TaskOverdue", task.taskId());
        assertThat(Instant.parse(overdue.field("deliverAfter"))).as("the reminder waits for Wednesday 09:00")
                .isEqualTo(local(2026, 7, 8, 9, 0));
        assertThat(overdue.field("deliverAfterReason")).isEqualTo("outside office hours (09:00-17:00)");
        given.task(task.taskId()).body("overdue", equalTo(true)).body("clock.deadline", equalTo("RETURN_AT"))
                .body("returnAt", equalTo(local(2026, 7, 8, 16, 0).toString()))
                .body("clock.pausedBecause", equalTo("OUTSIDE_OFFICE_HOURS"))
                .body("clock.summary", equalTo("paused: outside office hours (09:00-17:00) until Wed 8 Jul 09:00; 7h 0m left"));
    }

    @Test
    void anUrgentTaskAssignedAtNightCountsFromTheMorningAndItsEmailGoesAtOnce() {
        clock.setLocal(LocalDateTime.of(2026, 7, 7, 22, 0));
        Scenario.Assigned task = given.assignedTask(true);

        RecordedEvent assigned = TaskTopic.await("TaskAssigned", task.taskId());
        assertThat(Instant.parse(assigned.field("acceptBy"))).isEqualTo(local(2026, 7, 8, 13, 0));
        assertThat(assigned.json().path("deliverAfter").isNull()).as("urgent: at once").isTrue();
        given.task(task.taskId()).body("calls[0].escalateAt", equalTo(local(2026, 7, 8, 9, 30).toString()))
                .body("clock.running", equalTo(false)).body("clock.workingTimeLeft", equalTo("PT4H"));
    }

    @Test
    void aPartnerOnHolidayHasItsClockPausedAndSeesWhyInThePortal() {
        clock.setLocal(LocalDateTime.of(2026, 7, 3, 17, 30));
        UUID partner = given.unavailablePartner("Kantoor Vakantie", LocalDate.of(2026, 7, 6), LocalDate.of(2026, 7, 10),
                "Zomervakantie");
        UUID taskId = given.openTask(given.lead("Bakkerij Zomer"), partner, false);
        given.assign(taskId, partner, null).statusCode(200)
                .body("acceptBy", equalTo(local(2026, 7, 14, 17, 0).toString()));
        RecordedEvent assigned = TaskTopic.await("TaskAssigned", taskId);
        assertThat(Instant.parse(assigned.field("deliverAfter"))).as("the email waits until the partner is back")
                .isEqualTo(local(2026, 7, 13, 9, 0));
        assertThat(assigned.field("deliverAfterReason")).isEqualTo("outside office hours (09:00-17:00)");

        clock.setLocal(LocalDateTime.of(2026, 7, 8, 11, 0));
        given().auth().oauth2(Scenario.partnerToken(partner)).when().get("/api/portal/tasks/{id}", taskId).then()
                .statusCode(200)
                .body("clock.running", equalTo(false))
                .body("clock.pausedBecause", equalTo("PARTNER_UNAVAILABLE"))
                .body("clock.pausedReason", equalTo("partner unavailable until 2026-07-10: Zomervakantie"))
                .body("clock.resumesAt", equalTo(local(2026, 7, 13, 9, 0).toString()))
                .body("clock.workingMinutesLeft", equalTo(16 * 60));
    }

    @Test
    void aTaskWithoutADeadlineHasNoClock() {
        clock.setLocal(LocalDateTime.of(2026, 7, 3, 12, 0));
        UUID taskId = given.openTask(given.lead("Zonder termijn"), null, false);
        given.task(taskId).body("clock", nullValue());
    }

    private static Instant local(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(SettableClock.AMSTERDAM).toInstant();
    }
}
