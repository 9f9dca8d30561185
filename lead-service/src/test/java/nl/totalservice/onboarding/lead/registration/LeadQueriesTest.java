package nl.totalservice.onboarding.lead.registration;

import io.quarkus.test.junit.QuarkusTest;
import nl.totalservice.onboarding.lead.support.Leads;
import nl.totalservice.onboarding.platform.testing.jwt.DevTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.totalservice.onboarding.lead.support.Leads.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class LeadQueriesTest {

    @Test
    void readsALeadWithItsVersionAsETag() {
        String id = Leads.register();
        Leads.get(id).header("ETag", "\"0\"").body("id", equalTo(id)).body("version", equalTo(0));
        as(DevTokens.ops("olaf@totalservice.nl")).get("/api/leads/{id}", id).then().statusCode(200);
    }

    @Test
    void answers404ForAnUnknownOrMalformedId() {
        Leads.asSales().get("/api/leads/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        Leads.asSales().get("/api/leads/{id}", "not-a-uuid").then().statusCode(404);
    }

    @Test
    void listsSalesOwnLeadsNewestFirstAPageAtATime() {
        String me = "lister-" + UUID.randomUUID() + "@totalservice.nl";
        String token = DevTokens.sales(me);
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(as(token).body(Leads.request()).post("/api/leads").then().statusCode(201).extract().path("id"));
        }
        Leads.register(); // someone else's lead

        var first = as(token).queryParam("size", 2).get("/api/leads").then().statusCode(200)
                .body("totalItems", equalTo(5))
                .body("totalPages", equalTo(3))
                .body("items", hasSize(2))
                .body("items.ownerEmail", everyItem(equalTo(me)))
                .extract().jsonPath();
        assertThat(first.getList("items.id", String.class)).containsExactly(ids.get(4), ids.get(3));
        // the last page knows the total from its own items; one page past the end asks the database
        as(token).queryParam("size", 2).queryParam("page", 2).get("/api/leads").then()
                .body("items.id", equalTo(List.of(ids.get(0)))).body("totalItems", equalTo(5)).body("totalPages", equalTo(3));
        as(token).queryParam("size", 2).queryParam("page", 3).get("/api/leads").then()
                .body("items", hasSize(0)).body("totalItems", equalTo(5));
        as(token).queryParam("size", 100).queryParam("page", Integer.MAX_VALUE).get("/api/leads").then()
                .statusCode(200).body("items", hasSize(0)).body("page", equalTo(Integer.MAX_VALUE))
                .body("size", equalTo(100)).body("totalItems", equalTo(5)).body("totalPages", equalTo(1));
    }

    @Test
    void filtersByStateAndLetsCoordinatorsSeeAnyOwner() {
        String me = "filter-" + UUID.randomUUID() + "@totalservice.nl";
        String token = DevTokens.sales(me);
        String interested = as(token).body(Leads.request()).post("/api/leads").then().extract().path("id");
        as(token).body(Map.of("interested", true)).put("/api/leads/{id}/interest", interested).then().statusCode(200);
        as(token).body(Leads.request()).post("/api/leads").then().statusCode(201);

        as(token).queryParam("state", "INTERESTED").get("/api/leads").then()
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(interested))
                .body("items[0].interested", equalTo(true));
        as(token).queryParam("state", "interested,registered").get("/api/leads").then().body("totalItems", equalTo(2));
        as(DevTokens.coordinator("carla@totalservice.nl")).queryParam("owner", me).get("/api/leads").then()
                .statusCode(200).body("totalItems", equalTo(2));
    }

    @Test
    void refusesBadListParametersNamingThem() {
        Leads.asSales().queryParam("size", 1000).get("/api/leads").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        Leads.asSales().queryParam("page", "first").get("/api/leads").then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
        Leads.asSales().queryParam("state", "SLEEPING").get("/api/leads").then().statusCode(400)
                .body("errors[0].field", equalTo("state"));
    }

    @Test
    void offersTheCodeListsForForms() {
        Leads.asSales().get("/api/reference-data").then().statusCode(200)
                .body("interestReasons.find { it.code == 'HAS_ACCOUNTANT' }.labelNl", equalTo("Heeft al een accountant"))
                .body("documents.code", equalTo(List.of("ENGAGEMENT_LETTER", "TAX_AUTHORISATION", "ID_COPY",
                        "KVK_EXTRACT", "DIRECT_DEBIT_MANDATE")));
    }
}
