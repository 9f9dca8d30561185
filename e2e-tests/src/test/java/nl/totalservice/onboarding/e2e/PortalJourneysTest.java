package nl.totalservice.onboarding.e2e;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The portal's main journeys in a real browser (headless Chromium) on the packaged system: what a partner,
 * the coordinator and sales do in MISSION.md, by clicking and typing; the outcome checked in the services.
 * Skipped, saying so, where Chromium and its driver are not installed ({@code apt-get install chromium chromium-driver}).
 */
class PortalJourneysTest extends EndToEndTest {

    private static Browser browser;

    @BeforeAll
    static void openBrowser() {
        Assumptions.assumeTrue(Browser.installed().isPresent(), "Browser journeys SKIPPED: Chromium and its driver are "
                + "not installed (looked for " + Browser.BROWSERS + " and " + Browser.DRIVERS + "); "
                + "apt-get install chromium chromium-driver runs them");
        browser = Browser.open(system.portal(), Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize());
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void onlyThisJourneysPartnersAreActive() {
        actors.deactivateAllPartners();
    }

    @Test
    void aPartnerSeesTheNewTaskAcceptsItAndThenSeesTheCustomersContactDetails() {
        String partner = actors.registerPartner("Noorderlicht Accountants", partnerEmail("accept"), GRONINGEN, 40, 0, "nl");
        String lead = actors.registerLead("Bakkerij De Korenschoof", GRONINGEN_EAST, null, null);
        actors.recordInterest(lead, true, null, null);
        String task = actors.awaitQueuedTask(lead).getString("id");
        actors.assign(task, partner, null);

        browser.signIn("PARTNER", partner, null);
        browser.awaitPath("/tasks");
        assertThat(browser.text(By.cssSelector("#new-tasks [data-task='" + task + "']"))).contains("Bakkerij De Korenschoof")
                .containsPattern("Accept by .* \\((\\d+ (min|h|days) left)\\)");
        browser.screenshot("partner-tasks");
        browser.resize(360, 800);
        assertThat(browser.scrollsSideways()).as("the task list fits a 360 px phone").isFalse();
        browser.resize(1280, 900);
        browser.click(By.cssSelector("#new-tasks [data-task='" + task + "'] a"));
        browser.awaitPath("/tasks/" + task);
        assertThat(browser.present(By.id("customer-contact"))).as("contact details before accepting").isFalse();
        browser.screenshot("partner-task");

        assertThat(browser.firstTabStop()).as("keyboard users can skip the menu").isEqualTo("Skip to content");
        browser.pressEnter(By.id("accept"));

        browser.awaitAttribute(By.id("task-status"), "data-status", "ACCEPTED");
        assertThat(browser.text(By.id("customer-contact"))).contains("Joost van Dijk").contains("@customer.example");
        assertThat(actors.task(task).getString("status")).isEqualTo("ACCEPTED");
        browser.screenshot("partner-task-accepted");
    }

    @Test
    void aPartnerDeclinesWithAReasonAndTheCoordinatorSeesTheTaskBackWithANewSuggestion() {
        String first = actors.registerPartner("Eerste Keus", partnerEmail("first"), GRONINGEN, 40, 0, "nl");
        String second = actors.registerPartner("Tweede Keus", partnerEmail("second"), ASSEN, 40, 0, "nl");
        String lead = actors.registerLead("Slagerij Vers", GRONINGEN_EAST, null, null);
        actors.recordInterest(lead, true, null, null);
        String task = actors.awaitQueuedTask(lead).getString("id");
        actors.assign(task, first, null);

        browser.signIn("PARTNER", first, null);
        browser.go("/tasks/" + task);
        browser.choose(By.id("decline-reason"), "OTHER");
        browser.submit(By.id("decline"));
        assertThat(browser.text(By.id("decline-problem"))).as("OTHER needs a note: the service's detail at the form")
                .isNotBlank();
        browser.screenshot("partner-decline-problem");
        browser.choose(By.id("decline-reason"), "NO_CAPACITY");
        browser.type(By.id("decline-note"), "Fully booked until March");
        browser.submit(By.id("decline"));
        browser.awaitPath("/tasks");

        browser.signIn("COORDINATOR", null, null);
        browser.awaitPath("/coordinator/queue");
        By item = By.cssSelector("[data-task='" + task + "'] .suggested");
        browser.awaitText(item, "Tweede Keus");
        assertThat(browser.text(By.cssSelector("[data-task='" + task + "']"))).contains("Eerste Keus");
        browser.screenshot("coordinator-queue");
        JsonPath queued = actors.queueItem(lead);
        assertThat(queued.getString("suggestedPartner.id")).isEqualTo(second);
        assertThat(queued.getList("declinedPartners.id")).containsExactly(first);
    }

    @Test
    void theCoordinatorAssignsAnotherPartnerThanTheSuggestionOnlyWithAReason() {
        String suggested = actors.registerPartner("Dichtbij Accountants", partnerEmail("near"), GRONINGEN, 40, 0, "nl");
        String other = actors.registerPartner("Verderop Boekhouding", partnerEmail("far"), ASSEN, 40, 0, "en");
        String lead = actors.registerLead("Kapsalon Knip", GRONINGEN_EAST, null, null);
        actors.recordInterest(lead, true, null, null);
        String task = actors.awaitQueuedTask(lead).getString("id");

        browser.signIn("COORDINATOR", null, null);
        browser.go("/coordinator/tasks/" + task);
        assertThat(browser.text(By.id("suggested"))).isEqualTo("Dichtbij Accountants");
        assertThat(browser.text(By.id("candidates"))).as("the decision, loaded by htmx").contains("Dichtbij Accountants");
        browser.screenshot("coordinator-task");
        browser.choose(By.id("partnerId"), other);
        browser.submit(By.id("assign"));
        assertThat(browser.text(By.id("assign-problem"))).as("the service's detail next to the form").isNotBlank();

        browser.choose(By.id("partnerId"), other);
        browser.type(By.id("overrideReason"), "The customer asked for an English-speaking accountant");
        browser.submit(By.id("assign"));

        browser.awaitAttribute(By.id("task-status"), "data-status", "ASSIGNED");
        assertThat(browser.text(By.id("assigned"))).isEqualTo("Verderop Boekhouding");
        JsonPath assigned = actors.task(task);
        assertThat(assigned.getString("assignedPartner.id")).isEqualTo(other);
        assertThat(assigned.getString("overrideReason")).isEqualTo("The customer asked for an English-speaking accountant");
        assertThat(assigned.getString("suggestedPartner.id")).as("the suggestion stays on record").isEqualTo(suggested);
        browser.go("/coordinator/partners");
        browser.find(By.id("partners"));
        browser.screenshot("coordinator-partners");
        browser.go("/coordinator/fairness");
        browser.find(By.id("fairness-chart"));
        browser.screenshot("coordinator-fairness");
    }

    @Test
    void salesRegistersALeadRecordsInterestAndFollowsItThroughTheChecklistToOnboarded() {
        String partner = actors.registerPartner("Stad Accountants", partnerEmail("sales"), GRONINGEN, 40, 0, "nl");
        String salesEmail = "sales-" + UUID.randomUUID().toString().substring(0, 8) + "@totalservice.nl";
        browser.signIn("SALES", null, salesEmail);
        browser.awaitPath("/leads");
        browser.go("/leads/new");
        browser.type(By.id("companyName"), "Fietsenmaker Trapper");
        browser.type(By.id("contact.name"), "Tineke Trapper");
        browser.type(By.id("contact.email"), "tineke@trapper.example");
        browser.type(By.id("address.postcode"), "12");
        browser.submit(By.id("register"));
        assertThat(browser.find(By.id("lead-address.postcode-error")).getText()).as("the field's message beside it")
                .isNotBlank();
        browser.screenshot("sales-lead-form-problem");
        browser.type(By.id("address.postcode"), GRONINGEN_EAST);
        browser.type(By.id("address.city"), "Groningen");
        browser.submit(By.id("register"));
        browser.awaitAttribute(By.id("lead-state"), "data-state", "REGISTERED");
        String lead = browser.find(By.cssSelector("h1[data-lead]")).getAttribute("data-lead");

        browser.click(By.id("interested-yes"));
        browser.submit(By.id("record-interest"));
        browser.awaitAttribute(By.id("lead-state"), "data-state", "INTERESTED");

        String task = actors.awaitQueuedTask(lead).getString("id");
        actors.assign(task, partner, null);
        actors.portal(partner).post("/api/portal/tasks/" + task + "/acceptance").then().statusCode(200);
        browser.awaitText(By.id("lead-state"), "Partner confirmed");
        browser.screenshot("sales-lead");

        browser.type(By.id("identifier"), "trapper-" + lead.substring(0, 8));
        browser.submit(By.id("save-domain"));
        browser.find(By.cssSelector("[data-step='DOMAIN'][data-done='true']"));
        browser.setValue(By.id("signedOn"), LocalDate.now().toString());
        browser.type(By.id("documentReference"), "OC-2026-0042");
        browser.submit(By.id("save-order-confirmation"));
        browser.find(By.cssSelector("[data-step='ORDER_CONFIRMATION'][data-done='true']"));
        while (browser.present(By.cssSelector("#documents .receive")) || browser.present(By.cssSelector("#documents .approve"))) {
            By next = browser.present(By.cssSelector("#documents .approve")) ? By.cssSelector("#documents .approve")
                    : By.cssSelector("#documents .receive");
            browser.submit(next);
        }
        browser.setValue(By.id("startAt"), LocalDate.now().plusDays(7) + "T09:00");
        browser.submit(By.id("save-start"));
        browser.awaitAttribute(By.id("lead-state"), "data-state", "ONBOARDED");
        assertThat(browser.text(By.id("timeline"))).isNotBlank();
        browser.screenshot("sales-lead-onboarded");
        await().atMost(Actors.PATIENCE).until(() -> "ONBOARDED".equals(actors.lead(lead).getString("state")));
        browser.go("/leads");
        assertThat(browser.text(By.cssSelector("[data-lead='" + lead + "']"))).contains("Fietsenmaker Trapper");
        browser.screenshot("sales-leads");
        browser.go("/reports/interest");
        browser.find(By.id("interest-chart"));
        browser.screenshot("sales-interest-report");
    }
}
