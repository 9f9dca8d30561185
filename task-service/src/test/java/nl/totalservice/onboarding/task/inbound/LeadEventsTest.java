package nl.totalservice.onboarding.task.inbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.totalservice.onboarding.platform.testing.kafka.RecordedEvent;
import nl.totalservice.onboarding.task.Channels;
import nl.totalservice.onboarding.task.support.Scenario;
import nl.totalservice.onboarding.task.support.TaskTopic;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class LeadEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Scenario given;

    @Test
    void aWithdrawnLeadCancelsItsOpenTaskAndTellsWhoHadIt() throws Exception {
        Scenario.Assigned task = given.assignedTask(true);
        String callId = TaskTopic.await("TaskCallRequested", task.taskId()).field("callId");

        Scenario.sender().send(Channels.LEAD_EVENTS, task.leadId().toString(), "LeadWithdrawn", JSON.writeValueAsString(
                Map.of("leadId", task.leadId(), "reason", "CUSTOMER_STOPPED", "note", "Sold the business",
                        "withdrawnBy", Scenario.SALES, "previousState", "INTERESTED")));

        RecordedEvent cancelled = TaskTopic.await("TaskCancelled", task.taskId());
        assertThat(cancelled.field("reason")).isEqualTo("LEAD_WITHDRAWN");
        assertThat(cancelled.field("partnerId")).isEqualTo(task.partnerId().toString());
        assertThat(cancelled.field("note")).isEqualTo("CUSTOMER_STOPPED: Sold the business");
        assertThat(cancelled.field("status")).isEqualTo("CANCELLED");
        given.task(task.taskId()).body("status", equalTo("CANCELLED"));
        given().auth().oauth2(Scenario.coordinator()).when().get("/api/calls/{id}", callId).then()
                .body("status", equalTo("CLOSED")).body("closeReason", equalTo("TASK_CANCELLED"));
        // the partner still sees the task it had, now cancelled
        given().auth().oauth2(Scenario.partnerToken(task.partnerId())).when().get("/api/portal/tasks/{id}", task.taskId())
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
    }

    @Test
    void aNotInterestedRevisionCancelsTheOpenTaskAndAnInterestedOneDoesNot() throws Exception {
        UUID leadId = given.lead("Twijfelaar BV");
        UUID taskId = given.openTask(leadId, null, false);

        Scenario.sender().send(Channels.LEAD_EVENTS, leadId.toString(), "LeadInterestRecorded", JSON.writeValueAsString(
                Map.of("leadId", leadId, "revision", 2, "interested", true, "recordedBy", Scenario.SALES)));
        Scenario.sender().send(Channels.LEAD_EVENTS, leadId.toString(), "LeadInterestRecorded", JSON.writeValueAsString(
                Map.of("leadId", leadId, "revision", 3, "interested", false, "reason", "PRICE", "note", "Too expensive",
                        "recordedBy", Scenario.SALES)));

        RecordedEvent cancelled = TaskTopic.await("TaskCancelled", taskId);
        assertThat(cancelled.field("reason")).isEqualTo("LEAD_NOT_INTERESTED");
        assertThat(cancelled.field("note")).isEqualTo("PRICE: Too expensive");
        assertThat(cancelled.field("partnerId")).isNull();
        assertThat(TaskTopic.of("TaskCancelled", taskId)).hasSize(1);
    }

    @Test
    void aLeadUpdateChangesTheDetailsPartnersSee() {
        Scenario.Assigned task = given.assignedTask(false);
        given.publishLead("LeadUpdated", task.leadId(), 5L, "Bakkerij De Korenschoof & Zn", "nieuw@korenschoof.nl");
        given.awaitLead(task.leadId(), "Bakkerij De Korenschoof & Zn");
        // an older snapshot arriving late does not overwrite the newer one
        given.awaitHandled(given.publishLead("LeadUpdated", task.leadId(), 4L, "Oude Naam", "oud@korenschoof.nl"));
        given.portal(task.partnerId(), "acceptance", task.taskId(), null).statusCode(200); // contact shown once accepted

        given().auth().oauth2(Scenario.partnerToken(task.partnerId())).when().get("/api/portal/tasks/{id}", task.taskId())
                .then().statusCode(200).body("lead.companyName", equalTo("Bakkerij De Korenschoof & Zn"))
                .body("lead.email", equalTo("nieuw@korenschoof.nl"));
    }
}
