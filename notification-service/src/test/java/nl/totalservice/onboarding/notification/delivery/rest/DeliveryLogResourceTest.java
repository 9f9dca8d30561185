package nl.totalservice.onboarding.notification.delivery.rest;

import io.quarkus.test.junit.QuarkusTest;
import nl.totalservice.onboarding.notification.support.TestEvents;
import nl.totalservice.onboarding.notification.support.TestEvents.Partner;
import nl.totalservice.onboarding.notification.support.TestEvents.Task;
import nl.totalservice.onboarding.platform.testing.jwt.DevTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.totalservice.onboarding.notification.support.DeliveryLogApi.OPS;
import static nl.totalservice.onboarding.notification.support.DeliveryLogApi.forSourceEvent;
import static nl.totalservice.onboarding.notification.support.DeliveryLogApi.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class DeliveryLogResourceTest {

    static TestEvents events;

    @BeforeAll
    static void connect() {
        events = new TestEvents();
    }

    @AfterAll
    static void disconnect() {
        events.close();
    }

    /** An urgent assignment: four notifications (partner, owner, two coordinators), all sent. */
    private static Task urgentAssignmentSent(Partner partner) {
        Task task = Task.random();
        events.partnerRegistered(partner);
        String eventId = events.taskAssigned(task, partner, true);
        await().atMost(Duration.ofSeconds(30)).until(() -> forSourceEvent(eventId).stream()
                .filter(row -> "SENT".equals(row.get("status"))).count() == 4);
        return task;
    }

    @Test
    void filtersByLeadTaskPartnerRecipientKindAndStatus() {
        Partner partner = Partner.random("nl");
        Task task = urgentAssignmentSent(partner);

        assertThat(list(Map.of("leadId", task.leadId()))).hasSize(4);
        assertThat(list(Map.of("taskId", task.taskId(), "kind", "URGENT_CALL"))).hasSize(3);
        assertThat(list(Map.of("partnerId", partner.id(), "status", "sent")))
                .extracting(row -> row.get("kind")).containsOnly("TASK_ASSIGNED", "URGENT_CALL");
        assertThat(list(Map.of("recipient", partner.email().toUpperCase(), "leadId", task.leadId())))
                .singleElement().satisfies(row -> assertThat(row)
                        .containsEntry("kind", "TASK_ASSIGNED").containsEntry("channel", "EMAIL")
                        .containsEntry("attempts", 1).containsEntry("ownerEmail", task.ownerEmail())
                        .containsEntry("leadName", task.companyName()));
        assertThat(list(Map.of("leadId", task.leadId(), "status", "FAILED"))).isEmpty();
    }

    @Test
    void pagesNewestFirst() {
        Partner partner = Partner.random("nl");
        Task task = urgentAssignmentSent(partner);

        given().auth().oauth2(OPS).queryParam("leadId", task.leadId()).queryParam("size", 3).queryParam("page", 1)
                .when().get("/api/notifications")
                .then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("page", equalTo(1))
                .body("size", equalTo(3))
                .body("totalItems", equalTo(4))
                .body("totalPages", equalTo(2));
    }

    @Test
    void showsOneNotificationWithItsMessage() {
        Partner partner = Partner.random("en");
        Task task = urgentAssignmentSent(partner);
        String id = (String) list(Map.of("recipient", partner.email())).get(0).get("id");

        given().auth().oauth2(OPS)
                .when().get("/api/notifications/{id}", id)
                .then().statusCode(200)
                .body("notification.id", equalTo(id))
                .body("notification.status", equalTo("SENT"))
                .body("notification.sourceEventType", equalTo("TaskAssigned"))
                .body("notification.subject", equalTo("URGENT: New follow-up task: please contact "
                        + task.companyName()))
                .body("language", equalTo("en"))
                .body("recipientName", equalTo(partner.contactName()))
                .body("attemptLimit", equalTo(6))
                .body("text", containsString(task.companyName()))
                .body("html", containsString("<html lang=\"en\">"));
    }

    @Test
    void letsASalesOwnerSeeOnlyTheNotificationsOfItsOwnLeads() {
        Partner partner = Partner.random("nl");
        Task mine = urgentAssignmentSent(partner);
        Task other = urgentAssignmentSent(partner);
        String owner = DevTokens.sales(mine.ownerEmail());

        List<Map<String, Object>> visible = given().auth().oauth2(owner).queryParam("partnerId", partner.id())
                .when().get("/api/notifications")
                .then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertThat(visible).hasSize(4).allSatisfy(row -> assertThat(row.get("leadId"))
                .isEqualTo(mine.leadId().toString()));

        String othersId = (String) list(Map.of("leadId", other.leadId())).get(0).get("id");
        given().auth().oauth2(owner)
                .when().get("/api/notifications/{id}", othersId)
                .then().statusCode(404)
                .contentType("application/problem+json");
        String ownId = (String) list(Map.of("leadId", mine.leadId())).get(0).get("id");
        given().auth().oauth2(owner)
                .when().get("/api/notifications/{id}", ownId)
                .then().statusCode(200);
        given().auth().oauth2(owner)
                .when().post("/api/notifications/{id}/retry", ownId)
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void refusesCallersWithoutTheRightRole() {
        given().when().get("/api/notifications")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.partner("jan@noord.nl", UUID.randomUUID().toString()))
                .when().get("/api/notifications")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.coordinator("carla@totalservice.nl"))
                .when().get("/api/parked-events")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void refusesBadParametersNamingTheParameter() {
        given().auth().oauth2(OPS).queryParam("status", "LOST")
                .when().get("/api/notifications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("status"));
        given().auth().oauth2(OPS).queryParam("kind", "PIGEON")
                .when().get("/api/notifications")
                .then().statusCode(400).body("errors.field", hasItem("kind"));
        given().auth().oauth2(OPS).queryParam("leadId", "not-a-uuid")
                .when().get("/api/notifications")
                .then().statusCode(400).body("errors.field", hasItem("leadId"));
        given().auth().oauth2(OPS).queryParam("size", 500)
                .when().get("/api/notifications")
                .then().statusCode(400).body("errors.field", hasItem("size"));
        given().auth().oauth2(OPS).queryParam("page", -1)
                .when().get("/api/notifications")
                .then().statusCode(400).body("errors.field", hasItem("page"));
    }

    @Test
    void answers404ForAnIdThatIsBlankOrNotAUuid() {
        for (String id : List.of("%20", "nope")) {
            given().auth().oauth2(OPS).urlEncodingEnabled(false)
                    .when().get("/api/notifications/" + id)
                    .then().statusCode(404).contentType("application/problem+json");
            given().auth().oauth2(OPS).urlEncodingEnabled(false)
                    .when().post("/api/notifications/" + id + "/retry")
                    .then().statusCode(404).contentType("application/problem+json");
        }
    }

    @Test
    void answers404ForAnUnknownNotification() {
        UUID unknown = UUID.randomUUID();
        given().auth().oauth2(OPS)
                .when().get("/api/notifications/{id}", unknown)
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString(unknown.toString()));
        given().auth().oauth2(OPS)
                .when().post("/api/notifications/{id}/retry", unknown)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void refusesToRetryASentNotification() {
        Partner partner = Partner.random("nl");
        Task task = urgentAssignmentSent(partner);
        String id = (String) list(Map.of("recipient", partner.email(), "leadId", task.leadId())).get(0).get("id");

        given().auth().oauth2(OPS)
                .when().post("/api/notifications/{id}/retry", id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("currentState", equalTo("SENT"));
    }

    @Test
    void listsParkedEventsAsAPageAndCountsThemForOpsMetrics() {
        events.taskAssigned(Task.random(), Partner.random("nl"), false); // a partner we never heard of: parked
        await().atMost(Duration.ofSeconds(30)).until(() -> gauge("notifications_parked_events") >= 1);

        given().auth().oauth2(OPS).queryParam("size", 1)
                .when().get("/api/parked-events")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("page", equalTo(0))
                .body("size", equalTo(1))
                .body("totalItems", greaterThanOrEqualTo(1))
                .body("totalPages", greaterThanOrEqualTo(1));
        given().auth().oauth2(OPS).queryParam("size", 501)
                .when().get("/api/parked-events")
                .then().statusCode(400).body("errors.field", hasItem("size"));
        assertThat(gauge("notifications_backlog")).isNotNaN().isGreaterThanOrEqualTo(0);
        assertThat(gauge("notifications_failed_current")).isNotNaN().isGreaterThanOrEqualTo(0);
    }

    /** The value of a gauge without labels (or with the common ones) in the Prometheus scrape. */
    private static double gauge(String name) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError(name + " is not in /q/metrics"));
    }

    @Test
    void documentsTheDeliveryLogInOpenApi() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths.'/api/notifications'.get.tags", hasItem("Delivery log"))
                .body("paths.'/api/notifications'.get.parameters.name", hasItem("status"))
                .body("paths.'/api/notifications/{id}/retry'.post.description", containsString("FAILED"))
                .body("paths.'/api/notifications/{id}/retry'.post.responses.'409'.description",
                        containsString("currentState"))
                .body("paths.'/api/parked-events'.get.summary", equalTo("List events waiting for a partner"))
                .body("components.schemas.NotificationSummary.properties.status.description",
                        containsString("PENDING"));
    }
}
