package nl.totalservice.onboarding.e2e;

import io.restassured.path.json.JsonPath;
import nl.totalservice.onboarding.platform.testing.infra.ReceivedMail;
import nl.totalservice.onboarding.platform.testing.kafka.RecordedEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Choice of partner (MISSION.md step 2) through the whole system: wish, region, distribution. */
class RoutingScenariosTest extends EndToEndTest {

    @BeforeEach
    void onlyThisScenariosPartnersAreActive() {
        actors.deactivateAllPartners();
    }

    @Test
    void aLeadReferredByAPartnerIsRoutedToItByTheWishAndFollowedUpToAcceptance() {
        String referrerEmail = partnerEmail("referrer");
        String referrer = actors.registerPartner("Referring Accountants", referrerEmail, MAASTRICHT, 40, 0, "nl");
        actors.registerPartner("Nearby Accountants", partnerEmail("nearby"), GRONINGEN, 40, 0, "nl");
        String lead = actors.registerLead("Bakkerij De Korenschoof", GRONINGEN_EAST, referrer, "REFERRED_BY_PARTNER");

        actors.recordInterest(lead, true, null, null);

        RecordedEvent matched = awaitEvent("PartnerMatched", lead);
        assertThat(matched.field("rule")).isEqualTo("CUSTOMER_WISH");
        assertThat(matched.field("partnerId")).isEqualTo(referrer);
        assertThat(actors.awaitDecision(lead).getString("[0].rule")).isEqualTo("CUSTOMER_WISH");
        JsonPath queued = actors.awaitQueuedTask(lead);
        assertThat(queued.getString("suggestedPartner.id")).isEqualTo(referrer);
        String task = queued.getString("id");

        actors.assign(task, referrer, null);

        awaitEvent("TaskAssigned", task);
        RecordedEvent sent = events.await(event -> "NotificationSent".equals(event.type())
                && task.equals(event.field("taskId")) && "TASK_ASSIGNED".equals(event.field("kind")), Actors.PATIENCE);
        assertThat(sent.field("recipient")).isEqualTo(referrerEmail);
        List<ReceivedMail> mails = awaitMailTo(referrerEmail, 1);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).text()).contains("Bakkerij De Korenschoof");

        actors.portal(referrer).post("/api/portal/tasks/" + task + "/acceptance").then().statusCode(200);

        awaitEvent("LeadPartnerConfirmed", lead);
        await().atMost(Actors.PATIENCE).until(() -> actors.timelineTypes(lead).contains("TaskAccepted"));
        assertThat(actors.lead(lead).getString("state")).isEqualTo("PARTNER_CONFIRMED");
        assertThat(actors.timelineTypes(lead)).containsSubsequence("LeadRegistered", "LeadInterestRecorded",
                "PartnerMatched", "TaskCreated", "TaskAssigned", "TaskAccepted").contains("NotificationSent");
        assertThat(mailTo(referrerEmail)).hasSize(1);
    }

    @Test
    void aCustomerInGroningenGoesToTheGroningenPartnerByRegion() {
        String groningen = actors.registerPartner("Groninger Cijfers", partnerEmail("groningen"), GRONINGEN, 40, 0, "nl");
        actors.registerPartner("Maastrichtse Boeken", partnerEmail("maastricht"), MAASTRICHT, 40, 0, "nl");
        String lead = actors.registerLead("Fietsenmaker Noord", GRONINGEN_EAST, null, null);

        actors.recordInterest(lead, true, null, null);

        RecordedEvent matched = awaitEvent("PartnerMatched", lead);
        assertThat(matched.field("rule")).isEqualTo("REGION");
        assertThat(matched.field("partnerId")).isEqualTo(groningen);
        assertThat(actors.awaitQueuedTask(lead).getString("suggestedPartner.id")).isEqualTo(groningen);
        await().atMost(Actors.PATIENCE).until(() -> groningen.equals(actors.lead(lead).getString("partner.proposed.partnerId")));
    }

    @Test
    void twoEquallyNearPartnersFallThroughToTheOneWithFewerCustomers() {
        String busy = actors.registerPartner("Drukke Accountants", partnerEmail("busy"), UTRECHT, 40, 12, "nl");
        String quiet = actors.registerPartner("Rustige Accountants", partnerEmail("quiet"), UTRECHT, 40, 3, "nl");
        String lead = actors.registerLead("Koffiebar Domplein", UTRECHT, null, null);

        actors.recordInterest(lead, true, null, null);

        RecordedEvent matched = awaitEvent("PartnerMatched", lead);
        assertThat(matched.field("rule")).isEqualTo("DISTRIBUTION");
        assertThat(matched.field("partnerId")).isEqualTo(quiet).isNotEqualTo(busy);
        assertThat(actors.awaitQueuedTask(lead).getString("suggestedPartner.id")).isEqualTo(quiet);
    }

    @Test
    void aNotInterestedLeadIsNotRoutedAndItsReasonIsInTheInterestReport() {
        String owner = "owner-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@totalservice.nl";
        actors.registerPartner("Altijd Beschikbaar", partnerEmail("available"), GRONINGEN, 40, 0, "nl");
        String declined = actors.registerLead("Kapsalon Knip", GRONINGEN_EAST, null, null, owner);
        actors.recordInterest(declined, false, "HAS_ACCOUNTANT", "Keeps his current accountant");
        String marker = actors.registerLead("Marker Lead", GRONINGEN_EAST, null, null);
        actors.recordInterest(marker, true, null, null);

        RecordedEvent recorded = awaitEvent("LeadInterestRecorded", declined);
        assertThat(recorded.field("interested")).isEqualTo("false");
        assertThat(recorded.field("reason")).isEqualTo("HAS_ACCOUNTANT");
        // lead-events is one ordered partition here: once the later lead is decided, this one was read too
        awaitEvent("PartnerMatched", marker);
        actors.awaitQueuedTask(marker);
        assertThat(eventsOf("PartnerMatched", declined)).isEmpty();
        assertThat(eventsOf("NoPartnerAvailable", declined)).isEmpty();
        assertThat(actors.queueItem(declined)).isNull();

        JsonPath report = actors.sales().queryParam("owner", owner).get("/api/reports/interest")
                .then().statusCode(200).extract().jsonPath();
        assertThat(report.getInt("notInterested")).isEqualTo(1);
        assertThat(report.getInt("interested")).isZero();
        assertThat(report.getList("byReason.reason")).contains("HAS_ACCOUNTANT");
        assertThat(report.getInt("byReason.find { it.reason == 'HAS_ACCOUNTANT' }.count")).isEqualTo(1);
    }
}
