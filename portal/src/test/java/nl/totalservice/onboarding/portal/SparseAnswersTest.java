package nl.totalservice.onboarding.portal;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static nl.totalservice.onboarding.portal.FakeServices.LEAD;
import static nl.totalservice.onboarding.portal.PortalPagesTest.signIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page renders, with strict template rendering, when the services answer with only the fields they
 * must: a tolerant reader's missing fields show as nothing instead of failing the page.
 */
@QuarkusTest
@QuarkusTestResource(value = FakeServices.class, restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = "lead", value = "up"))
class SparseAnswersTest {

    static final String PARTNER = "5b0e6f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b";
    static final String TASK = "3c9a7f10-2b1e-4d8a-9e4f-6a5b4c3d2e1f";
    static final String OTHER_TASK = "11111111-1111-1111-1111-111111111111";
    static final String DECISION = "22222222-2222-2222-2222-222222222222";
    static final String CALL = "0f8b6c1e-6a4d-4a57-9d7c-2b8e1f3a4c5d";
    static final String LEAD_ID = "44444444-4444-4444-4444-444444444444";

    @BeforeEach
    void servicesThatSayOnlyTheIds() {
        FakeServices.reset();
        String partner = "{\"id\":\"" + PARTNER + "\"}";
        FakeServices.answer("GET", "/api/partners", 200, "{\"items\":[" + partner + "]}");
        FakeServices.answer("GET", "/api/partners/" + PARTNER, 200, partner);
        FakeServices.answer("GET", "/api/portal/tasks", 200, "{\"items\":[{\"id\":\"" + TASK + "\",\"status\":\"ASSIGNED\"},"
                + "{\"id\":\"" + OTHER_TASK + "\",\"status\":\"ACCEPTED\"}]}");
        FakeServices.answer("GET", "/api/portal/tasks/" + TASK, 200, "{\"id\":\"" + TASK + "\",\"status\":\"ASSIGNED\"}");
        FakeServices.answer("GET", "/api/portal/tasks/" + OTHER_TASK, 200, "{\"id\":\"" + OTHER_TASK + "\",\"status\":\"ACCEPTED\"}");
        FakeServices.answer("GET", "/api/queue", 200, "{\"items\":[{\"id\":\"" + TASK + "\"}]}");
        FakeServices.answer("GET", "/api/tasks", 200, "{\"items\":[{\"id\":\"" + TASK + "\",\"overdue\":true}]}");
        FakeServices.answer("GET", "/api/tasks/" + TASK, 200, "{\"id\":\"" + TASK + "\",\"status\":\"OPEN\",\"decisionId\":\""
                + DECISION + "\",\"history\":[{}]}");
        FakeServices.answer("GET", "/api/decisions/" + DECISION, 200, "{\"candidates\":[{\"partnerId\":\"" + PARTNER + "\"}]}");
        FakeServices.answer("GET", "/api/calls", 200, "{\"items\":[{\"id\":\"" + CALL + "\",\"attempts\":[{}]}]}");
        FakeServices.answer("GET", "/api/reports/fairness", 200, "{\"partners\":[{\"partnerId\":\"" + PARTNER + "\"}]}");
        FakeServices.answer("GET", LEAD + "/api/leads", 200, "{\"items\":[{\"id\":\"" + LEAD_ID + "\"}]}");
        FakeServices.answer("GET", LEAD + "/api/leads/" + LEAD_ID, 200, "{\"id\":\"" + LEAD_ID + "\",\"state\":"
                + "\"PARTNER_CONFIRMED\",\"partner\":{},\"interest\":{},\"onboarding\":{\"steps\":[{}],\"documents\":[{}]}}");
        FakeServices.answer("GET", LEAD + "/api/leads/" + LEAD_ID + "/timeline", 200, "{\"entries\":[{}]}");
        FakeServices.answer("GET", LEAD + "/api/reference-data", 200, "{}");
        FakeServices.answer("GET", LEAD + "/api/reports/interest", 200, "{\"byReason\":[{\"count\":1}]}");
    }

    @Test
    void everyPageRendersWhenTheServicesLeaveOutEveryOptionalField() {
        assertRenders(null, List.of("/sign-in"));
        assertRenders(signIn("PARTNER", PARTNER), List.of("/tasks", "/tasks/" + TASK, "/tasks/" + OTHER_TASK));
        assertRenders(signIn("COORDINATOR", null), List.of("/coordinator/queue", "/coordinator/tasks/" + TASK,
                "/coordinator/decisions/" + DECISION, "/coordinator/calls", "/coordinator/attention",
                "/coordinator/partners", "/coordinator/partners/new", "/coordinator/partners/" + PARTNER,
                "/coordinator/fairness"));
        assertRenders(signIn("SALES", null), List.of("/leads", "/leads/new", "/leads/" + LEAD_ID, "/reports/interest"));
    }

    private static void assertRenders(String cookie, List<String> paths) {
        for (String path : paths) {
            var request = given().redirects().follow(false);
            if (cookie != null) {
                request.cookie("portal_session", cookie);
            }
            Response page = request.get(path);
            assertThat(page.statusCode()).as(path + ": " + page.asString()).isEqualTo(200);
            assertThat(page.contentType()).as(path).startsWith("text/html");
        }
    }
}
