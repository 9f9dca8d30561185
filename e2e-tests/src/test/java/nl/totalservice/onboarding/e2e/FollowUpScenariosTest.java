package nl.totalservice.onboarding.e2e;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import nl.totalservice.onboarding.platform.testing.infra.ReceivedMail;
import nl.totalservice.onboarding.platform.testing.kafka.RecordedEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Involving the partner (MISSION.md step 3): decline and re-match, urgent calls, partner isolation. */
class FollowUpScenariosTest extends EndToEndTest {

    @BeforeEach
    void onlyThisScenariosPartnersAreActive() {
        actors.deactivateAllPartners();
    }

    @Test
    void aDeclineLeadsToANewSuggestionWithoutTheDeclinerAndTheOwnerIsTold() {
        String first = actors.registerPartner("Eerste Keus", partnerEmail("first"), GRONINGEN, 40, 0, "nl");
        String second = actors.registerPartner("Tweede Keus", partnerEmail("second"), ASSEN, 40, 0, "nl");
        String owner = "owner-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@totalservice.nl";
        String lead = actors.registerLead("Slagerij Vers", GRONINGEN_EAST, null, null, owner);
        actors.recordInterest(lead, true, null, null);
        JsonPath queued = actors.awaitQueuedTask(lead);
        assertThat(queued.getString("suggestedPartner.id")).isEqualTo(first);
        String task = queued.getString("id");
        actors.assign(task, first, null);

        actors.portal(first).body(Map.of("reason", "NO_CAPACITY", "note", "Fully booked until March"))
                .post("/api/portal/tasks/" + task + "/decline").then().statusCode(200);

        RecordedEvent declined = awaitEvent("TaskDeclined", task);
        assertThat(declined.field("reason")).isEqualTo("NO_CAPACITY");
        RecordedEvent rematched = events.await(event -> "PartnerMatched".equals(event.type())
                && lead.equals(event.subject()) && "TASK_DECLINED".equals(event.field("trigger")), Actors.PATIENCE);
        assertThat(rematched.field("partnerId")).isEqualTo(second);
        assertThat(rematched.field("taskId")).isEqualTo(task);
        JsonPath requeued = await().atMost(Actors.PATIENCE).until(() -> actors.queueItem(lead),
                item -> item != null && second.equals(item.getString("suggestedPartner.id")));
        assertThat(requeued.getString("id")).isEqualTo(task);
        assertThat(requeued.getList("declinedPartners.id")).containsExactly(first);
        List<ReceivedMail> toOwner = awaitMailTo(owner, 1);
        assertThat(toOwner).hasSize(1);
        assertThat(toOwner.get(0).text()).contains("Eerste Keus").contains("Fully booked until March");
        actors.as(system.task(), actors.coordinatorToken()).body(Map.of("partnerId", first))
                .post("/api/tasks/" + task + "/assignment").then().statusCode(409);
        assertThat(mailTo(owner)).hasSize(1); // still one, after everything above: no duplicate came later
    }

    @Test
    void anUrgentFollowUpEmailsThePartnerAndAsksTheCoordinatorToPhoneWhoRecordsTheCall() {
        String partnerEmail = partnerEmail("urgent");
        String partner = actors.registerPartner("Spoed Accountants", partnerEmail, GRONINGEN, 40, 0, "nl");
        String lead = actors.registerLead("Bouwbedrijf Haast", GRONINGEN_EAST, null, null);
        Map<String, Object> followUp = Map.of("leadId", lead, "suggestedPartnerId", partner, "urgent", true,
                "notes", "Customer wants to talk to an accountant before Friday about a non-standard administration");
        String task = await().atMost(Actors.PATIENCE).until(() -> actors.as(system.task(), actors.salesToken())
                .body(followUp).post("/api/tasks"), response -> response.statusCode() == 201).path("id");
        // the coordinator assigns once the task shows whom to contact (task-service learns it from LeadRegistered)
        await().atMost(Actors.PATIENCE).until(() -> actors.task(task).getString("lead.companyName") != null);

        actors.assign(task, partner, null);

        RecordedEvent assigned = awaitEvent("TaskAssigned", task);
        assertThat(assigned.field("urgent")).isEqualTo("true");
        RecordedEvent callRequested = awaitEvent("TaskCallRequested", task);
        List<ReceivedMail> toPartner = awaitMailTo(partnerEmail, 1);
        assertThat(toPartner).hasSize(1);
        assertThat(toPartner.get(0).text()).contains("Bouwbedrijf Haast");
        List<ReceivedMail> toCoordinator = await().atMost(Actors.PATIENCE).until(
                () -> mailTo(Actors.COORDINATOR).stream().filter(mail -> mail.text().contains("Spoed Accountants")).toList(),
                mails -> !mails.isEmpty());
        assertThat(toCoordinator).hasSize(1);
        assertThat(toCoordinator.get(0).text()).contains("+31501234567");

        String call = callRequested.field("callId");
        actors.as(system.task(), actors.coordinatorToken()).body(Map.of("outcome", "REACHED", "note", "Will call the customer today"))
                .post("/api/calls/" + call + "/outcome").then().statusCode(200);

        RecordedEvent recorded = awaitEvent("TaskCallRecorded", task);
        assertThat(recorded.field("outcome")).isEqualTo("REACHED");
        JsonPath callNow = actors.as(system.task(), actors.coordinatorToken()).get("/api/calls/" + call)
                .then().statusCode(200).extract().jsonPath();
        assertThat(callNow.getString("status")).isEqualTo("DONE");
        await().atMost(Actors.PATIENCE).until(() -> actors.timelineTypes(lead).contains("TaskCallRecorded"));
        // still one of each, after everything above: no duplicate came later
        assertThat(mailTo(partnerEmail)).hasSize(1);
        assertThat(mailTo(Actors.COORDINATOR)).filteredOn(mail -> mail.text().contains("Spoed Accountants")).hasSize(1);
    }

    @Test
    void aPartnerCanNeitherSeeNorActOnAnotherPartnersTask() {
        String owner = actors.registerPartner("Eigenaar Taak", partnerEmail("owner"), GRONINGEN, 40, 0, "nl");
        String stranger = actors.registerPartner("Nieuwsgierig", partnerEmail("stranger"), ASSEN, 40, 0, "nl");
        String lead = actors.registerLead("Bloemist Privé", GRONINGEN_EAST, owner, "EXISTING_CONTACT");
        actors.recordInterest(lead, true, null, null);
        String task = actors.awaitQueuedTask(lead).getString("id");
        actors.assign(task, owner, null);

        actors.portal(stranger).get("/api/portal/tasks/" + task).then().statusCode(404);
        actors.portal(stranger).post("/api/portal/tasks/" + task + "/acceptance").then().statusCode(404);
        actors.portal(stranger).body(Map.of("reason", "NO_CAPACITY")).post("/api/portal/tasks/" + task + "/decline")
                .then().statusCode(404);
        Response strangersList = actors.portal(stranger).queryParam("partnerId", owner).get("/api/portal/tasks");
        assertThat(strangersList.statusCode()).isEqualTo(200);
        assertThat(strangersList.jsonPath().getList("items.id")).doesNotContain(task);
        assertThat(actors.portal(owner).get("/api/portal/tasks").jsonPath().getList("items.id")).contains(task);
        assertThat(actors.task(task).getString("status")).isEqualTo("ASSIGNED");
    }
}
