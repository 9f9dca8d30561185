package nl.totalservice.onboarding.task.queue;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static nl.totalservice.onboarding.task.support.Scenario.coordinator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class CoordinatorQueueTest {

    @Inject
    Scenario given;

    @Inject
    PartnerCalendars calendars;

    @Test
    void theCoordinatorRecordsADeclineThePartnerGaveByPhone() {
        Scenario.Assigned task = given.assignedTask(true);

        partnerDecline(task.taskId(), Map.of("partnerId", task.partnerId().toString(), "reason", "UNAVAILABLE",
                "note", "Said on the phone: on leave until March"))
                .statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("assignedPartner", nullValue())
                .body("declinedPartners.id", equalTo(List.of(task.partnerId().toString())));

        RecordedEvent declined = TaskTopic.await("TaskDeclined", task.taskId());
        assertThat(declined.field("partnerId")).isEqualTo(task.partnerId().toString());
        assertThat(declined.field("declinedBy")).isEqualTo(Scenario.COORDINATOR);
        assertThat(declined.field("reason")).isEqualTo("UNAVAILABLE");
        assertThat(declined.field("note")).isEqualTo("Said on the phone: on leave until March");
        given.task(task.taskId()).body("calls", hasSize(1)).body("calls.status", everyItem(equalTo("CLOSED")));
        assertThat(given.queueIds()).contains(task.taskId().toString());
        given.assign(task.taskId(), task.partnerId(), "Try again").statusCode(409)
                .body("type", endsWith("/partner-declined"));
        partnerDecline(task.taskId(), Map.of("partnerId", task.partnerId().toString(), "reason", "NO_CAPACITY"))
                .statusCode(409).body("currentState", equalTo("OPEN"));
    }

    @Test
    void aDeclineForThePartnerIsRefusedWhenTheTaskMovedOnFromThatPartner() {
        Scenario.Assigned task = given.assignedTask(false);
        UUID stale = UUID.randomUUID();

        partnerDecline(task.taskId(), Map.of("partnerId", stale.toString(), "reason", "NO_CAPACITY"))
                .statusCode(409)
                .body("type", endsWith("/partner-not-assigned"))
                .body("assignedPartnerId", equalTo(task.partnerId().toString()));
        given.task(task.taskId()).body("status", equalTo("ASSIGNED")).body("declinedPartners", hasSize(0));

        given.portal(task.partnerId(), "acceptance", task.taskId(), Map.of()).statusCode(200);
        partnerDecline(task.taskId(), Map.of("partnerId", task.partnerId().toString(), "reason", "NO_CAPACITY"))
                .statusCode(409).body("currentState", equalTo("ACCEPTED"));
        assertThat(TaskTopic.of("TaskDeclined", task.taskId())).isEmpty();
    }

    @Test
    void aDeclineForThePartnerIsValidatedAndOnlyForTheCoordinator() {
        Scenario.Assigned task = given.assignedTask(false);
        String partner = task.partnerId().toString();

        partnerDecline(task.taskId(), Map.of("partnerId", partner, "reason", "OTHER"))
                .statusCode(400).body("errors[0].field", equalTo("note"));
        partnerDecline(task.taskId(), Map.of("reason", "NO_CAPACITY"))
                .statusCode(400).body("errors[0].field", equalTo("partnerId"));
        given().auth().oauth2(coordinator()).contentType(ContentType.JSON).header("If-Match", "\"999\"")
                .body(Map.of("partnerId", partner, "reason", "NO_CAPACITY"))
                .when().post("/api/tasks/{id}/partner-decline", task.taskId())
                .then().statusCode(412);
        for (String token : List.of(Scenario.sales(), Scenario.partnerToken(task.partnerId()))) {
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("partnerId", partner, "reason", "NO_CAPACITY"))
                    .when().post("/api/tasks/{id}/partner-decline", task.taskId())
                    .then().statusCode(403);
        }
        partnerDecline(UUID.randomUUID(), Map.of("partnerId", partner, "reason", "NO_CAPACITY")).statusCode(404);
        given.task(task.taskId()).body("status", equalTo("ASSIGNED"));
    }

    private static io.restassured.response.ValidatableResponse partnerDecline(UUID taskId, Map<String, Object> body) {
        return given().auth().oauth2(coordinator()).contentType(ContentType.JSON).body(body)
                .when().post("/api/tasks/{id}/partner-decline", taskId).then();
    }

    @Test
    void theQueueShowsTheTaskWithTheLeastWorkingTimeLeftToItsDueTimeFirstWithinTheSameUrgency() {
        Instant now = Instant.now();
        UUID later = given.openTask(given.lead("Later"), null, false, now.plus(Duration.ofDays(20)));
        UUID sooner = given.openTask(given.lead("Eerder"), null, false, now.plus(Duration.ofDays(10)));
        UUID none = given.openTask(given.lead("Geen termijn"), null, false, null);

        List<Map<String, Object>> queue = wholeQueue();

        List<String> ids = queue.stream().map(item -> (String) item.get("id")).toList();
        assertThat(ids.indexOf(sooner.toString())).isLessThan(ids.indexOf(later.toString()));
        assertThat(ids.indexOf(later.toString())).isLessThan(ids.indexOf(none.toString()));
        Map<String, Object> soonerItem = queue.get(ids.indexOf(sooner.toString()));
        Map<String, Object> laterItem = queue.get(ids.indexOf(later.toString()));
        @SuppressWarnings("unchecked")
        Map<String, Object> soonerClock = (Map<String, Object>) soonerItem.get("clock");
        @SuppressWarnings("unchecked")
        Map<String, Object> laterClock = (Map<String, Object>) laterItem.get("clock");
        assertThat(soonerClock.get("deadline")).isEqualTo("DUE_AT");
        assertThat(((Number) soonerClock.get("workingMinutesLeft")).longValue())
                .isLessThan(((Number) laterClock.get("workingMinutesLeft")).longValue())
                .isPositive();
        assertThat(queue.get(ids.indexOf(none.toString())).get("clock")).isNull();
    }

    @Test
    void theQueueShowsUrgentTasksFirstThenTheOldest() {
        UUID older = given.openTask(given.lead("Oud"), null, false);
        UUID urgent = given.openTask(given.lead("Dringend"), null, true);
        UUID newer = given.openTask(given.lead("Nieuw"), null, false);

        List<Map<String, Object>> queue = wholeQueue();

        List<String> ids = queue.stream().map(item -> (String) item.get("id")).toList();
        assertThat(ids).contains(older.toString(), urgent.toString(), newer.toString());
        assertThat(ids.indexOf(urgent.toString())).isLessThan(ids.indexOf(older.toString()));
        assertThat(ids.indexOf(older.toString())).isLessThan(ids.indexOf(newer.toString()));
        for (int i = 1; i < queue.size(); i++) {
            Map<String, Object> before = queue.get(i - 1);
            Map<String, Object> after = queue.get(i);
            boolean urgentBefore = (Boolean) before.get("urgent");
            boolean urgentAfter = (Boolean) after.get("urgent");
            assertThat(urgentBefore || !urgentAfter).as("urgent first").isTrue();
            if (urgentBefore == urgentAfter && before.get("dueAt") == null && after.get("dueAt") == null) {
                assertThat(Instant.parse((String) before.get("createdAt")))
                        .isBeforeOrEqualTo(Instant.parse((String) after.get("createdAt")));
            }
        }
    }

    @Test
    void theQueueIsPagedAndFiltered() {
        given.openTask(given.lead("Een"), null, true);
        given.openTask(given.lead("Twee"), null, true);
        given.openTask(given.lead("Drie"), null, true);

        var first = given().auth().oauth2(coordinator()).queryParam("size", 2).queryParam("urgent", true)
                .when().get("/api/queue").then().statusCode(200)
                .body("items", hasSize(2)).body("page", equalTo(0)).body("size", equalTo(2))
                .body("items.urgent", everyItem(equalTo(true)))
                .extract().jsonPath();
        assertThat(first.getLong("totalItems")).isGreaterThanOrEqualTo(3);
        assertThat(first.getInt("totalPages")).isGreaterThanOrEqualTo(2);
        List<String> second = given().auth().oauth2(coordinator()).queryParam("size", 2).queryParam("page", 1)
                .queryParam("urgent", true).when().get("/api/queue").then().statusCode(200)
                .extract().jsonPath().getList("items.id");
        assertThat(second).doesNotContainAnyElementsOf(first.getList("items.id"));

        given().auth().oauth2(coordinator()).queryParam("size", 101).when().get("/api/queue")
                .then().statusCode(400).body("errors.field", hasItem("size"));
        given().auth().oauth2(coordinator()).queryParam("urgent", "soms").when().get("/api/queue")
                .then().statusCode(400).body("errors.field", hasItem("urgent"));
        given().auth().oauth2(coordinator()).queryParam("type", "NOPE").when().get("/api/queue")
                .then().statusCode(400).body("errors.field", hasItem("type"));
    }

    @Test
    void assigningToTheSuggestedPartnerPublishesTaskAssignedWithAllANotificationNeeds() {
        UUID partnerId = given.partner("Accountantskantoor Noord");
        UUID leadId = given.lead("Bakkerij De Korenschoof");
        UUID taskId = given.openTask(leadId, partnerId, false);

        given.assign(taskId, partnerId, null).statusCode(200)
                .body("status", equalTo("ASSIGNED"))
                .body("assignedPartner.id", equalTo(partnerId.toString()))
                .body("assignedPartner.name", equalTo("Accountantskantoor Noord"))
                .body("assignedBy", equalTo(Scenario.COORDINATOR))
                .body("overrideReason", nullValue())
                .body("version", equalTo(1))
                .body("calls", hasSize(0));

        RecordedEvent assigned = TaskTopic.await("TaskAssigned", taskId);
        assertThat(assigned.field("partnerId")).isEqualTo(partnerId.toString());
        assertThat(assigned.field("partnerName")).isEqualTo("Accountantskantoor Noord");
        assertThat(assigned.field("suggestedPartnerId")).isEqualTo(partnerId.toString());
        assertThat(assigned.field("overrideReason")).isNull();
        assertThat(assigned.field("assignedBy")).isEqualTo(Scenario.COORDINATOR);
        assertThat(assigned.field("notes")).isEqualTo("Customer wants to meet the accountant first.");
        assertThat(assigned.field("status")).isEqualTo("ASSIGNED");
        assertThat(assigned.field("/lead/companyName")).isEqualTo("Bakkerij De Korenschoof");
        assertThat(assigned.field("/lead/contactName")).isEqualTo("Jan Jansen");
        assertThat(assigned.field("/lead/phone")).isEqualTo("+31 50 123 4567");
        assertThat(assigned.field("/lead/postcode")).isEqualTo("9711 LV");
        assertThat(assigned.field("/lead/city")).isEqualTo("Groningen");
        assertThat(assigned.field("/owner/email")).isEqualTo(Scenario.SALES);
        Instant acceptBy = Instant.parse(assigned.field("acceptBy"));
        assertThat(calendars.of(partnerId).between(Instant.parse(assigned.field("occurredAt")), acceptBy))
                .as("16 hours of working time, whenever the test runs").isEqualTo(Duration.ofHours(16));
    }

    @Test
    void anotherPartnerThanTheSuggestionNeedsAReasonWhichTaskAssignedCarries() {
        UUID suggested = given.partner("Voorgesteld");
        UUID chosen = given.partner("Gekozen");
        UUID taskId = given.openTask(given.lead("Kapper"), suggested, false);

        given.assign(taskId, chosen, null).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("overrideReason"));
        given.assign(taskId, chosen, "  ").statusCode(400).body("errors.field", hasItem("overrideReason"));
        given.assign(taskId, chosen, "Suggested partner is on holiday").statusCode(200)
                .body("overrideReason", equalTo("Suggested partner is on holiday"));

        RecordedEvent assigned = TaskTopic.await("TaskAssigned", taskId);
        assertThat(assigned.field("overrideReason")).isEqualTo("Suggested partner is on holiday");
        assertThat(assigned.field("suggestedPartnerId")).isEqualTo(suggested.toString());
        assertThat(assigned.field("partnerId")).isEqualTo(chosen.toString());
    }

    @Test
    void aTaskWithoutSuggestionGoesToAnyActivePartnerWithoutReason() {
        UUID partnerId = given.partner("Wie dan ook");
        UUID taskId = given.openTask(given.lead("Zonder voorstel"), null, false);
        given.assign(taskId, partnerId, null).statusCode(200).body("overrideReason", nullValue());
    }

    @Test
    void refusesUnknownAndInactivePartners() {
        UUID taskId = given.openTask(given.lead("Weigering"), null, false);
        given.assign(taskId, UUID.randomUUID(), null).statusCode(400).body("errors.field", hasItem("partnerId"));
        UUID inactive = given.inactivePartner("Slapend Kantoor");
        given.assign(taskId, inactive, null).statusCode(409).body("type", endsWith("/partner-inactive"));

        UUID deactivated = given.partner("Straks Inactief");
        given.publishPartner("PartnerUpdated", deactivated, 2, "Straks Inactief", false);
        given.awaitPartner(deactivated, false);
        given.assign(taskId, deactivated, null).statusCode(409).body("type", endsWith("/partner-inactive"));
        given.task(taskId).body("status", equalTo("OPEN"));
    }

    @Test
    void twoCoordinatorsAssigningAtOnceHaveOneWinnerAndTheOtherSeesTheCurrentState() throws Exception {
        UUID taskId = given.openTask(given.lead("Gelijktijdig"), null, false);
        List<UUID> partners = List.of(given.partner("Racer A"), given.partner("Racer B"), given.partner("Racer C"),
                given.partner("Racer D"));
        ExecutorService pool = Executors.newFixedThreadPool(partners.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<io.restassured.response.ExtractableResponse<io.restassured.response.Response>>> answers = new ArrayList<>();
        try {
            for (UUID partner : partners) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return given.assign(taskId, partner, null).extract();
                }));
            }
            start.countDown();
            int winners = 0;
            for (var answer : answers) {
                var response = answer.get();
                if (response.statusCode() == 200) {
                    winners++;
                } else {
                    assertThat(response.statusCode()).isEqualTo(409);
                    assertThat(response.<String>path("currentState")).isEqualTo("ASSIGNED");
                }
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(TaskTopic.awaitNth("TaskAssigned", taskId, 1)).isNotNull();
        assertThat(TaskTopic.of("TaskAssigned", taskId)).hasSize(1);
    }

    @Test
    void refusesToAssignATaskThatIsNotOpenWithItsCurrentState() {
        Scenario.Assigned assigned = given.assignedTask(false);
        given.assign(assigned.taskId(), assigned.partnerId(), null).statusCode(409)
                .contentType("application/problem+json").body("currentState", equalTo("ASSIGNED"));

        UUID cancelled = given.openTask(given.lead("Afgezegd"), null, false);
        given().auth().oauth2(coordinator()).contentType(ContentType.JSON).body(Map.of("note", "Double entry"))
                .when().post("/api/tasks/{id}/cancellation", cancelled).then().statusCode(200)
                .body("cancelReason", equalTo("CANCELLED_BY_COORDINATOR"));
        given.assign(cancelled, assigned.partnerId(), null).statusCode(409).body("currentState", equalTo("CANCELLED"));
        given().auth().oauth2(coordinator()).contentType(ContentType.JSON).body(Map.of("note", "Again"))
                .when().post("/api/tasks/{id}/cancellation", cancelled).then().statusCode(409)
                .body("currentState", equalTo("CANCELLED"));
    }

    @Test
    void aStaleIfMatchVersionIsRefused() {
        UUID partnerId = given.partner("Versie");
        UUID taskId = given.openTask(given.lead("Versie BV"), null, false);
        given().auth().oauth2(coordinator()).contentType(ContentType.JSON).header("If-Match", "\"7\"")
                .body(Map.of("partnerId", partnerId)).when().post("/api/tasks/{id}/assignment", taskId)
                .then().statusCode(412).body("currentVersion", equalTo(0));
        given().auth().oauth2(coordinator()).contentType(ContentType.JSON).header("If-Match", "zeven")
                .body(Map.of("partnerId", partnerId)).when().post("/api/tasks/{id}/assignment", taskId)
                .then().statusCode(400).body("errors.field", hasItem("If-Match"));
        given().auth().oauth2(coordinator()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("partnerId", partnerId)).when().post("/api/tasks/{id}/assignment", taskId)
                .then().statusCode(200).body("version", equalTo(1));
    }

    @Test
    void onlyTheCoordinatorSeesTheQueueAndAssigns() {
        UUID taskId = given.openTask(given.lead("Rollen"), null, false);
        given().auth().oauth2(Scenario.sales()).when().get("/api/queue").then().statusCode(403);
        given().auth().oauth2(Scenario.partnerToken(UUID.randomUUID())).when().get("/api/queue").then().statusCode(403);
        given().auth().oauth2(Scenario.sales()).contentType(ContentType.JSON).body(Map.of("partnerId", UUID.randomUUID()))
                .when().post("/api/tasks/{id}/assignment", taskId).then().statusCode(403);
        given().when().get("/api/queue").then().statusCode(401);
        given.assign(UUID.randomUUID(), UUID.randomUUID(), null).statusCode(404);
        given().auth().oauth2(coordinator()).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/tasks/{id}/assignment", taskId).then().statusCode(400)
                .body("errors.field", hasItem("partnerId"));
    }

    private List<Map<String, Object>> wholeQueue() {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            var json = given().auth().oauth2(coordinator()).queryParam("size", 100).queryParam("page", page)
                    .when().get("/api/queue").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = json.getList("items");
            all.addAll(items);
            if (page + 1 >= json.getInt("totalPages")) {
                return all;
            }
        }
    }
}
