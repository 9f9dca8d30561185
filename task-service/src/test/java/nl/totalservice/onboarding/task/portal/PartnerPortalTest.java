package nl.totalservice.onboarding.task.portal;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.totalservice.onboarding.task.support.Scenario.partnerToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class PartnerPortalTest {

    @Inject
    Scenario given;

    @Test
    void aPartnerSeesOnlyItsOwnTasksWithTheCompanyButNotTheContactPersonBeforeAccepting() {
        Scenario.Assigned mine = given.assignedTask(false);
        Scenario.Assigned theirs = given.assignedTask(false);

        List<String> listed = given().auth().oauth2(partnerToken(mine.partnerId()))
                .when().get("/api/portal/tasks").then().statusCode(200)
                .body("items.id", hasItem(mine.taskId().toString()))
                .extract().jsonPath().getList("items.id");
        assertThat(listed).doesNotContain(theirs.taskId().toString());

        given().auth().oauth2(partnerToken(mine.partnerId())).when().get("/api/portal/tasks/{id}", mine.taskId())
                .then().statusCode(200)
                .body("status", equalTo("ASSIGNED"))
                .body("lead.companyName", equalTo("Bakkerij De Korenschoof"))
                .body("lead.city", equalTo("Groningen"))
                .body("lead.postcode", equalTo("9711 LV"))
                .body("lead.contactName", nullValue())
                .body("lead.email", nullValue())
                .body("lead.phone", nullValue())
                .body("contactDetailsShared", equalTo(false))
                .body("owner.email", equalTo(Scenario.SALES))
                .body("notes", equalTo("Customer wants to meet the accountant first."))
                .body("$", not(org.hamcrest.Matchers.hasKey("declinedPartners")))
                .body("$", not(org.hamcrest.Matchers.hasKey("history")));
    }

    @Test
    void theListShowsNoContactPersonBeforeAcceptingAndTheWholeContactAfter() {
        Scenario.Assigned task = given.assignedTask(false);
        String token = partnerToken(task.partnerId());

        given().auth().oauth2(token).when().get("/api/portal/tasks").then().statusCode(200)
                .body("items[0].id", equalTo(task.taskId().toString()))
                .body("items[0].lead.companyName", equalTo("Bakkerij De Korenschoof"))
                .body("items[0].lead.city", equalTo("Groningen"))
                .body("items[0].lead.contactName", nullValue())
                .body("items[0].lead.email", nullValue())
                .body("items[0].lead.phone", nullValue());

        given.portal(task.partnerId(), "acceptance", task.taskId(), null).statusCode(200)
                .body("contactDetailsShared", equalTo(true))
                .body("lead.contactName", equalTo("Jan Jansen"))
                .body("lead.email", startsWith("jan@"))
                .body("lead.phone", equalTo("+31 50 123 4567"));
        given().auth().oauth2(token).when().get("/api/portal/tasks/{id}", task.taskId()).then().statusCode(200)
                .body("lead.contactName", equalTo("Jan Jansen"))
                .body("lead.phone", equalTo("+31 50 123 4567"));
        given().auth().oauth2(token).when().get("/api/portal/tasks").then().statusCode(200)
                .body("items[0].lead.contactName", equalTo("Jan Jansen"))
                .body("items[0].lead.email", startsWith("jan@"));
        given.portal(task.partnerId(), "customer-contact", task.taskId(), Map.of()).statusCode(200)
                .body("lead.phone", equalTo("+31 50 123 4567"));
        given.portal(task.partnerId(), "completion", task.taskId(), Map.of("outcome", "CUSTOMER_PROCEEDS"))
                .statusCode(200).body("lead.email", startsWith("jan@"));
    }

    @Test
    void theAnswerToADeclineCarriesNoContactPerson() {
        Scenario.Assigned task = given.assignedTask(false);

        given.portal(task.partnerId(), "decline", task.taskId(), Map.of("reason", "NO_CAPACITY")).statusCode(200)
                .body("lead.companyName", equalTo("Bakkerij De Korenschoof"))
                .body("lead.contactName", nullValue())
                .body("lead.email", nullValue())
                .body("lead.phone", nullValue());
    }

    @Test
    void aPartnerNeverSeesALeadItDeclinedAgainNotEvenOnALaterTask() {
        Scenario.Assigned first = given.assignedTask(false);
        String token = partnerToken(first.partnerId());
        given.portal(first.partnerId(), "decline", first.taskId(), Map.of("reason", "NO_CAPACITY")).statusCode(200);
        given().auth().oauth2(Scenario.sales()).contentType(ContentType.JSON)
                .body(Map.of("note", "Sales asks again later"))
                .when().post("/api/tasks/{id}/cancellation", first.taskId()).then().statusCode(200);
        UUID second = given.openTask(first.leadId(), null, false);
        // the coordinator cannot give it the lead again (it would get the email but never see the task)
        given.assign(second, first.partnerId(), null).statusCode(409)
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("/partner-declined"))
                .body("partnerId", equalTo(first.partnerId().toString()));
        given.task(second).body("status", equalTo("OPEN"));

        given().auth().oauth2(token).when().get("/api/portal/tasks").then().statusCode(200)
                .body("totalItems", equalTo(0));
        given().auth().oauth2(token).when().get("/api/portal/tasks/{id}", first.taskId()).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(token).when().get("/api/portal/tasks/{id}", second).then().statusCode(404)
                .contentType("application/problem+json");
        given.portal(first.partnerId(), "acceptance", second, null).statusCode(404);
    }

    @Test
    void anotherPartnersTaskIsNotFoundOnEveryEndpoint() {
        Scenario.Assigned theirs = given.assignedTask(false);
        UUID intruder = given.partner("Nieuwsgierig Kantoor");
        String token = partnerToken(intruder);

        given().auth().oauth2(token).when().get("/api/portal/tasks/{id}", theirs.taskId())
                .then().statusCode(404).contentType("application/problem+json");
        given.portal(intruder, "acceptance", theirs.taskId(), null).statusCode(404);
        given.portal(intruder, "decline", theirs.taskId(), Map.of("reason", "NO_CAPACITY")).statusCode(404);
        given.portal(intruder, "customer-contact", theirs.taskId(), Map.of()).statusCode(404);
        given.portal(intruder, "completion", theirs.taskId(), Map.of("outcome", "CUSTOMER_PROCEEDS")).statusCode(404);
        // the unknown-task answer is the same, so a 404 reveals nothing
        given().auth().oauth2(token).when().get("/api/portal/tasks/{id}", UUID.randomUUID()).then().statusCode(404);

        given.task(theirs.taskId()).body("status", equalTo("ASSIGNED"))
                .body("assignedPartner.id", equalTo(theirs.partnerId().toString()));
    }

    @Test
    void aPartnerCannotPickItsPartnerIdByParameter() {
        Scenario.Assigned theirs = given.assignedTask(false);
        UUID intruder = given.partner("Slim Kantoor");

        List<String> listed = given().auth().oauth2(partnerToken(intruder))
                .queryParam("partnerId", theirs.partnerId().toString())
                .when().get("/api/portal/tasks").then().statusCode(200).extract().jsonPath().getList("items.id");
        assertThat(listed).doesNotContain(theirs.taskId().toString());
        given().auth().oauth2(partnerToken(intruder)).queryParam("partnerId", theirs.partnerId().toString())
                .when().get("/api/portal/tasks/{id}", theirs.taskId()).then().statusCode(404);
        given().auth().oauth2(partnerToken(intruder)).contentType(ContentType.JSON)
                .body(Map.of("partnerId", theirs.partnerId().toString()))
                .queryParam("partnerId", theirs.partnerId().toString())
                .when().post("/api/portal/tasks/{id}/acceptance", theirs.taskId()).then().statusCode(404);
        // a partner token without a partner id is refused, not widened to all partners
        given().auth().oauth2(DevTokens.token("x@kantoor.nl", "partner", null, java.time.Duration.ofMinutes(5)))
                .when().get("/api/portal/tasks").then().statusCode(403);
    }

    @Test
    void thePartnerAcceptsReportsContactAndCompletesEachPublishingItsEvent() {
        Scenario.Assigned task = given.assignedTask(false);
        Instant contacted = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

        given.portal(task.partnerId(), "acceptance", task.taskId(), null).statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        given.portal(task.partnerId(), "customer-contact", task.taskId(),
                Map.of("contactedAt", contacted.toString(), "channel", "PHONE", "note", "Intake on 8 July"))
                .statusCode(200).body("status", equalTo("CUSTOMER_CONTACTED"))
                .body("customerContactedAt", equalTo(contacted.toString()));
        given.portal(task.partnerId(), "completion", task.taskId(),
                Map.of("outcome", "CUSTOMER_PROCEEDS", "note", "Engagement letter sent"))
                .statusCode(200).body("status", equalTo("COMPLETED")).body("outcome", equalTo("CUSTOMER_PROCEEDS"));

        RecordedEvent accepted = TaskTopic.await("TaskAccepted", task.taskId());
        assertThat(accepted.field("partnerId")).isEqualTo(task.partnerId().toString());
        assertThat(accepted.field("acceptedBy")).startsWith("desk@");
        assertThat(accepted.field("status")).isEqualTo("ACCEPTED");
        RecordedEvent contact = TaskTopic.await("TaskCustomerContacted", task.taskId());
        assertThat(contact.field("contactedAt")).isEqualTo(contacted.toString());
        assertThat(contact.field("channel")).isEqualTo("PHONE");
        assertThat(contact.field("note")).isEqualTo("Intake on 8 July");
        RecordedEvent completed = TaskTopic.await("TaskCompleted", task.taskId());
        assertThat(completed.field("outcome")).isEqualTo("CUSTOMER_PROCEEDS");
        assertThat(completed.field("note")).isEqualTo("Engagement letter sent");
        assertThat(completed.field("status")).isEqualTo("COMPLETED");
        given.task(task.taskId()).body("history.action",
                equalTo(List.of("CREATED", "ASSIGNED", "ACCEPTED", "CUSTOMER_CONTACTED", "COMPLETED")));
    }

    @Test
    void illegalTransitionsAreRefusedWithTheCurrentState() {
        Scenario.Assigned task = given.assignedTask(false);

        given.portal(task.partnerId(), "completion", task.taskId(), Map.of("outcome", "CUSTOMER_PROCEEDS"))
                .statusCode(409).contentType("application/problem+json").body("currentState", equalTo("ASSIGNED"));
        given.portal(task.partnerId(), "customer-contact", task.taskId(), Map.of())
                .statusCode(409).body("currentState", equalTo("ASSIGNED"));
        given.portal(task.partnerId(), "acceptance", task.taskId(), null).statusCode(200);
        given.portal(task.partnerId(), "acceptance", task.taskId(), null)
                .statusCode(409).body("currentState", equalTo("ACCEPTED"));
        given.portal(task.partnerId(), "decline", task.taskId(), Map.of("reason", "NO_CAPACITY"))
                .statusCode(409).body("currentState", equalTo("ACCEPTED"));
        given.portal(task.partnerId(), "completion", task.taskId(), Map.of("outcome", "CUSTOMER_UNREACHABLE"))
                .statusCode(200);
        given.portal(task.partnerId(), "completion", task.taskId(), Map.of("outcome", "CUSTOMER_PROCEEDS"))
                .statusCode(409).body("currentState", equalTo("COMPLETED"));
    }

    @Test
    void aDeclineSendsTheTaskBackToTheQueueWithoutTheDecliner() {
        Scenario.Assigned task = given.assignedTask(false);

        given.portal(task.partnerId(), "decline", task.taskId(), Map.of("reason", "NO_CAPACITY", "note", "Full until September"))
                .statusCode(200).body("status", equalTo("OPEN"));

        RecordedEvent declined = TaskTopic.await("TaskDeclined", task.taskId());
        assertThat(declined.field("reason")).isEqualTo("NO_CAPACITY");
        assertThat(declined.field("note")).isEqualTo("Full until September");
        assertThat(declined.field("status")).isEqualTo("OPEN");
        assertThat(declined.json().path("declinedPartnerIds").get(0).asText()).isEqualTo(task.partnerId().toString());
        RecordedEvent cleared = TaskTopic.await("TaskSuggestionChanged", task.taskId());
        assertThat(cleared.field("reason")).isEqualTo("SUGGESTED_PARTNER_DECLINED");
        assertThat(cleared.field("previousSuggestedPartnerId")).isEqualTo(task.partnerId().toString());

        assertThat(given.queueIds()).contains(task.taskId().toString());
        given().auth().oauth2(Scenario.coordinator()).queryParam("declined", "true").queryParam("size", "100")
                .when().get("/api/queue").then().statusCode(200)
                .body("items.id", hasItem(task.taskId().toString()))
                .body("items.declinedPartners", everyItem(not(empty())));
        given.task(task.taskId()).body("status", equalTo("OPEN")).body("assignedPartner", equalTo(null))
                .body("declinedPartners.id", equalTo(List.of(task.partnerId().toString())));
        given.assign(task.taskId(), task.partnerId(), "They changed their mind").statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("/partner-declined"));
        given().auth().oauth2(partnerToken(task.partnerId())).when().get("/api/portal/tasks/{id}", task.taskId())
                .then().statusCode(404);

        UUID second = given.partner("Tweede Keus");
        given.assign(task.taskId(), second, null).statusCode(200);
        given.portal(second, "decline", task.taskId(), Map.of("reason", "OTHER", "note", "Conflict with a relative"))
                .statusCode(200);
        RecordedEvent again = TaskTopic.awaitNth("TaskDeclined", task.taskId(), 2);
        assertThat(again.json().path("declinedPartnerIds")).extracting(node -> node.asText())
                .containsExactly(task.partnerId().toString(), second.toString());
    }

    @Test
    void refusesInvalidPortalRequestsNamingTheField() {
        Scenario.Assigned task = given.assignedTask(false);
        given.portal(task.partnerId(), "decline", task.taskId(), Map.of()).statusCode(400)
                .body("errors.field", hasItem("reason"));
        given.portal(task.partnerId(), "decline", task.taskId(), Map.of("reason", "BORED")).statusCode(400)
                .body("errors.field", hasItem("reason"));
        given.portal(task.partnerId(), "decline", task.taskId(), Map.of("reason", "OTHER")).statusCode(400)
                .body("errors.field", hasItem("note"));
        given.portal(task.partnerId(), "acceptance", task.taskId(), null).statusCode(200);
        given.portal(task.partnerId(), "customer-contact", task.taskId(),
                Map.of("contactedAt", Instant.now().plus(2, ChronoUnit.DAYS).toString())).statusCode(400)
                .body("errors.field", hasItem("contactedAt"));
        given.portal(task.partnerId(), "completion", task.taskId(), Map.of("outcome", "OTHER")).statusCode(400)
                .body("errors.field", hasItem("note"));
        given.portal(task.partnerId(), "completion", task.taskId(), Map.of()).statusCode(400)
                .body("errors.field", hasItem("outcome"));
        given().auth().oauth2(partnerToken(task.partnerId())).queryParam("status", "DONE")
                .when().get("/api/portal/tasks").then().statusCode(400).body("errors.field", hasItem("status"));
    }

    @Test
    void thePortalListFiltersByStatus() {
        Scenario.Assigned task = given.assignedTask(false);
        given().auth().oauth2(partnerToken(task.partnerId())).queryParam("status", "ACCEPTED")
                .when().get("/api/portal/tasks").then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(partnerToken(task.partnerId())).queryParam("status", "ASSIGNED,ACCEPTED")
                .when().get("/api/portal/tasks").then().statusCode(200)
                .body("items.status", everyItem(equalTo("ASSIGNED"))).body("totalItems", equalTo(1));
    }

    @Test
    void onlyPartnersUseThePortal() {
        given().auth().oauth2(Scenario.sales()).when().get("/api/portal/tasks").then().statusCode(403);
        given().auth().oauth2(Scenario.coordinator()).when().get("/api/portal/tasks").then().statusCode(403);
        given().when().get("/api/portal/tasks").then().statusCode(401);
        given().auth().oauth2(partnerToken(UUID.randomUUID())).when().get("/api/tasks").then().statusCode(403);
    }
}
