package nl.totalservice.onboarding.task.sales;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import nl.totalservice.onboarding.platform.testing.jwt.DevTokens;
import nl.totalservice.onboarding.platform.testing.kafka.RecordedEvent;
import nl.totalservice.onboarding.task.support.Scenario;
import nl.totalservice.onboarding.task.support.TaskTopic;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static nl.totalservice.onboarding.task.support.Scenario.sales;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class SalesTaskTest {

    @Inject
    Scenario given;

    @Test
    void salesOpensATaskByHandAndTaskCreatedIsPublished() {
        UUID partnerId = given.partner("Accountantskantoor Noord");
        UUID leadId = given.lead("Bakkerij De Korenschoof");
        Instant due = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

        String id = given().auth().oauth2(sales()).contentType(ContentType.JSON)
                .body(Map.of("leadId", leadId, "suggestedPartnerId", partnerId, "notes", "Has a webshop with stock.",
                        "urgent", true, "dueAt", due.toString()))
                .when().post("/api/tasks")
                .then().statusCode(201)
                .body("status", equalTo("OPEN"))
                .body("type", equalTo("LEAD_FOLLOW_UP"))
                .body("origin", equalTo("MANUAL"))
                .body("version", equalTo(0))
                .body("urgent", equalTo(true))
                .body("dueAt", equalTo(due.toString()))
                .body("suggestedPartner.id", equalTo(partnerId.toString()))
                .body("suggestedPartner.name", equalTo("Accountantskantoor Noord"))
                .body("lead.companyName", equalTo("Bakkerij De Korenschoof"))
                .body("leadDetailsKnown", equalTo(true))
                .body("owner.email", equalTo(Scenario.SALES))
                .body("owner.name", equalTo("Sanne de Vries"))
                .body("createdBy", equalTo(Scenario.SALES))
                .body("history[0].action", equalTo("CREATED"))
                .body("history[0].actor", equalTo(Scenario.SALES))
                .extract().path("id");

        RecordedEvent created = TaskTopic.await("TaskCreated", UUID.fromString(id));
        assertThat(created.field("origin")).isEqualTo("MANUAL");
        assertThat(created.field("suggestedPartnerId")).isEqualTo(partnerId.toString());
        assertThat(created.field("leadId")).isEqualTo(leadId.toString());
        assertThat(created.field("status")).isEqualTo("OPEN");
        assertThat(created.field("notes")).isEqualTo("Has a webshop with stock.");
        assertThat(created.json().path("urgent").asBoolean()).isTrue();
        assertThat(created.field("createdBy")).isEqualTo(Scenario.SALES);
        assertThat(created.field("/owner/email")).isEqualTo(Scenario.SALES);
        assertThat(created.field("decisionId")).isNull();
    }

    @Test
    void answersCreatedWithTheLocationOfTheNewTask() {
        UUID leadId = given.lead("Kapsalon Knip");
        var response = given().auth().oauth2(sales()).contentType(ContentType.JSON)
                .body(Map.of("leadId", leadId, "notes", "Wants a call"))
                .when().post("/api/tasks").then().statusCode(201).extract();
        String id = response.path("id");
        assertThat(response.header("Location")).endsWith("/api/tasks/" + id);
        given.task(UUID.fromString(id)).statusCode(200).body("id", equalTo(id)).body("suggestedPartner", nullValue());
    }

    @Test
    void acceptsALeadTaskServiceHasNotSeenYetAndSaysItsDetailsAreUnknown() {
        UUID unknownLead = UUID.randomUUID();
        String id = given().auth().oauth2(DevTokens.sales("piet@totalservice.nl")).contentType(ContentType.JSON)
                .body(Map.of("leadId", unknownLead, "notes", "Lead registered a minute ago"))
                .when().post("/api/tasks")
                .then().statusCode(201)
                .body("leadDetailsKnown", equalTo(false))
                .body("lead", nullValue())
                .body("owner.email", equalTo("piet@totalservice.nl"))
                .extract().path("id");

        given.publishLead("LeadRegistered", unknownLead, null, "Fietsenmaker Spaak", "info@spaak.nl");
        given.awaitLead(unknownLead, "Fietsenmaker Spaak");
        given.task(UUID.fromString(id)).body("leadDetailsKnown", equalTo(true))
                .body("lead.companyName", equalTo("Fietsenmaker Spaak"))
                .body("lead.email", equalTo("info@spaak.nl"));
    }

    @Test
    void refusesASecondOpenTaskForTheSameLeadPointingAtTheOpenOne() {
        UUID leadId = given.lead("Drukkerij Inkt");
        UUID first = given.openTask(leadId, null, false);

        given().auth().oauth2(sales()).contentType(ContentType.JSON)
                .body(Map.of("leadId", leadId, "notes", "Again"))
                .when().post("/api/tasks")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("existingId", equalTo(first.toString()))
                .body("existing", equalTo("/api/tasks/" + first));
    }

    @Test
    void opensANewTaskOnceThePreviousOneIsCancelled() {
        UUID leadId = given.lead("Schildersbedrijf Kwast");
        UUID first = given.openTask(leadId, null, false);
        given().auth().oauth2(sales()).contentType(ContentType.JSON).body(Map.of("note", "Wrong notes"))
                .when().post("/api/tasks/{id}/cancellation", first).then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("cancelReason", equalTo("CANCELLED_BY_SALES"));

        UUID second = given.openTask(leadId, null, false);
        assertThat(second).isNotEqualTo(first);
        RecordedEvent cancelled = TaskTopic.await("TaskCancelled", first);
        assertThat(cancelled.field("reason")).isEqualTo("CANCELLED_BY_SALES");
        assertThat(cancelled.field("note")).isEqualTo("Wrong notes");
        assertThat(cancelled.field("cancelledBy")).isEqualTo(Scenario.SALES);
    }

    @Test
    void twoSalesPeopleOpeningATaskForOneLeadAtOnceGetOneTaskAndOneDuplicate() throws Exception {
        UUID leadId = given.lead("Tegelzetter Voeg");
        int racers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < racers; i++) {
                Callable<Integer> create = () -> {
                    start.await();
                    return given().auth().oauth2(sales()).contentType(ContentType.JSON)
                            .body(Map.of("leadId", leadId, "notes", "Race")).when().post("/api/tasks")
                            .then().extract().statusCode();
                };
                answers.add(pool.submit(create));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsOnly(201, 409).filteredOn(status -> status == 201).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(given.tasksOf(leadId)).hasSize(1);
    }

    @Test
    void refusesInvalidRequestsNamingTheField() {
        given().auth().oauth2(sales()).contentType(ContentType.JSON).body(Map.of("notes", "No lead"))
                .when().post("/api/tasks").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("leadId"));
        given().auth().oauth2(sales()).contentType(ContentType.JSON).body(Map.of("leadId", UUID.randomUUID(), "notes", " "))
                .when().post("/api/tasks").then().statusCode(400).body("errors.field", hasItem("notes"));
        given().auth().oauth2(sales()).contentType(ContentType.JSON)
                .body(Map.of("leadId", UUID.randomUUID(), "notes", "x".repeat(4001)))
                .when().post("/api/tasks").then().statusCode(400).body("errors.field", hasItem("notes"));
        given().auth().oauth2(sales()).contentType(ContentType.JSON)
                .body(Map.of("leadId", UUID.randomUUID(), "notes", "Past", "dueAt", "2020-01-01T00:00:00Z"))
                .when().post("/api/tasks").then().statusCode(400).body("errors.field", hasItem("dueAt"));
        given().auth().oauth2(sales()).contentType(ContentType.JSON)
                .body(Map.of("leadId", "not-a-uuid", "notes", "x"))
                .when().post("/api/tasks").then().statusCode(400).body("errors.field", hasItem("leadId"));
        given().auth().oauth2(sales()).contentType(ContentType.JSON)
                .body(Map.of("leadId", UUID.randomUUID(), "notes", "x", "type", "TAX_RETURN"))
                .when().post("/api/tasks").then().statusCode(400).body("errors.field", hasItem("type"));
        given().auth().oauth2(sales()).contentType(ContentType.JSON)
                .body(Map.of("leadId", UUID.randomUUID(), "notes", "x", "owner", Map.of("email", "not an email")))
                .when().post("/api/tasks").then().statusCode(400).body("errors.field", hasItem("owner.email"));
        given().auth().oauth2(sales()).contentType(ContentType.JSON).body("{\"leadId\": ")
                .when().post("/api/tasks").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void refusesASuggestedPartnerThatIsUnknownOrInactive() {
        given().auth().oauth2(sales()).contentType(ContentType.JSON)
                .body(Map.of("leadId", UUID.randomUUID(), "notes", "x", "suggestedPartnerId", UUID.randomUUID()))
                .when().post("/api/tasks").then().statusCode(400).body("errors.field", hasItem("suggestedPartnerId"));
        UUID inactive = given.inactivePartner("Gesloten Kantoor");
        given().auth().oauth2(sales()).contentType(ContentType.JSON)
                .body(Map.of("leadId", UUID.randomUUID(), "notes", "x", "suggestedPartnerId", inactive))
                .when().post("/api/tasks").then().statusCode(409)
                .body("type", endsWith("/partner-inactive")).body("partnerId", equalTo(inactive.toString()));
    }

    @Test
    void onlySalesOpensTasksByHand() {
        Map<String, Object> body = Map.of("leadId", UUID.randomUUID(), "notes", "x");
        given().auth().oauth2(Scenario.coordinator()).contentType(ContentType.JSON).body(body)
                .when().post("/api/tasks").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Scenario.partnerToken(UUID.randomUUID())).contentType(ContentType.JSON).body(body)
                .when().post("/api/tasks").then().statusCode(403);
        given().contentType(ContentType.JSON).body(body).when().post("/api/tasks").then().statusCode(401);
    }

    @Test
    void answersNotFoundForAnUnknownTask() {
        given.task(UUID.randomUUID()).statusCode(404).contentType("application/problem+json");
    }
}
