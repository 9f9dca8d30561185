package nl.totalservice.onboarding.e2e;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import nl.totalservice.onboarding.platform.testing.jwt.DevTokens;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * The people and systems of MISSION.md acting on the running services, over REST only: sales
 * (the CRM), the coordinator, partners, ops.
 */
final class Actors {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final String SALES = "sanne.devries@totalservice.nl";
    static final String COORDINATOR = "coordinator@e2e.example";

    private final RunningSystem system;
    /** Signed once, as a real client keeps its token (the services remember verified tokens). */
    private final String salesToken = DevTokens.sales(SALES);
    private final String coordinatorToken = DevTokens.coordinator(COORDINATOR);
    private final Map<String, String> partnerTokens = new ConcurrentHashMap<>();

    Actors(RunningSystem system) {
        this.system = system;
    }

    RequestSpecification sales() {
        return as(system.lead(), salesToken);
    }

    RequestSpecification as(String baseUri, String token) {
        return given().baseUri(baseUri).auth().oauth2(token).contentType(ContentType.JSON);
    }

    String coordinatorToken() {
        return coordinatorToken;
    }

    String salesToken() {
        return salesToken;
    }

    String partnerToken(String partnerId) {
        return partnerTokens.computeIfAbsent(partnerId,
                id -> DevTokens.partner("portal-user@" + id.substring(0, 8) + ".example", id));
    }

    // ---- partner-service (coordinator) ----

    /** Registers an active partner firm; returns its id. */
    String registerPartner(String name, String email, String postcode, int capacity, int activeCustomers, String language) {
        return as(system.partner(), coordinatorToken())
                .body(Map.of("name", name, "contactName", "Contact of " + name, "email", email,
                        "phone", "+31501234567", "preferredLanguage", language,
                        "address", Map.of("street", "Grote Markt", "houseNumber", "1", "postcode", postcode, "city", "Stad"),
                        "capacity", capacity, "activeCustomers", activeCustomers))
                .post("/api/partners")
                .then().statusCode(201).extract().path("id");
    }

    JsonPath partner(String partnerId) {
        return as(system.partner(), coordinatorToken()).get("/api/partners/" + partnerId)
                .then().statusCode(200).extract().jsonPath();
    }

    /** Deactivates every active partner, so a scenario decides among its own partners only. */
    void deactivateAllPartners() {
        while (true) {
            List<String> ids = as(system.partner(), coordinatorToken()).queryParam("active", true).queryParam("size", 100)
                    .get("/api/partners").then().statusCode(200).extract().path("items.id");
            if (ids == null || ids.isEmpty()) {
                return;
            }
            for (String id : ids) {
                Response current = as(system.partner(), coordinatorToken()).get("/api/partners/" + id);
                Map<String, Object> body = current.then().statusCode(200).extract().jsonPath().getMap("");
                Map<String, Object> update = new java.util.HashMap<>(body);
                update.put("active", false);
                update.remove("activeCustomers");
                update.remove("location");
                as(system.partner(), coordinatorToken()).header("If-Match", current.header("ETag")).body(update)
                        .put("/api/partners/" + id).then().statusCode(200);
            }
        }
    }

    /** Waits until partner-service has decided for the lead; returns the newest decision. */
    JsonPath awaitDecision(String leadId) {
        return await().atMost(PATIENCE).until(() -> as(system.partner(), coordinatorToken())
                        .get("/api/leads/" + leadId + "/decisions").then().extract().jsonPath(),
                decisions -> decisions.getList("$") != null && !decisions.getList("$").isEmpty());
    }

    // ---- lead-service (sales) ----

    /** Registers a lead at {@code postcode}, with the customer's wish when {@code wishPartnerId} is given. */
    String registerLead(String company, String postcode, String wishPartnerId, String wishKind) {
        return registerLead(company, postcode, wishPartnerId, wishKind, null);
    }

    /** As above, owned by {@code ownerEmail} (null: the calling sales person). */
    String registerLead(String company, String postcode, String wishPartnerId, String wishKind, String ownerEmail) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new java.util.HashMap<>(Map.of(
                "companyName", company,
                "contact", Map.of("name", "Joost van Dijk", "email", "joost-" + unique + "@customer.example",
                        "phone", "06-12345678"),
                "address", Map.of("street", "Dorpsstraat", "houseNumber", "12", "postcode", postcode, "city", "Plaats"),
                "source", "WEBSITE"));
        if (ownerEmail != null) {
            body.put("owner", Map.of("email", ownerEmail, "name", "Owner " + unique));
        }
        if (wishPartnerId != null) {
            body.put("wish", Map.of("partnerId", wishPartnerId, "kind", wishKind, "note", "Known from the local network"));
        }
        return sales().body(body).post("/api/leads").then().statusCode(201).extract().path("id");
    }

    void recordInterest(String leadId, boolean interested, String reason, String note) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("interested", interested);
        if (reason != null) {
            body.put("reason", reason);
        }
        if (note != null) {
            body.put("note", note);
        }
        sales().body(body).put("/api/leads/" + leadId + "/interest").then().statusCode(200);
    }

    JsonPath lead(String leadId) {
        return sales().get("/api/leads/" + leadId).then().statusCode(200).extract().jsonPath();
    }

    /** The lead's progress view: entry types in order. */
    List<String> timelineTypes(String leadId) {
        return sales().get("/api/leads/" + leadId + "/timeline").then().statusCode(200).extract().path("entries.type");
    }

    // ---- task-service ----

    /** Waits until the lead's open follow-up task is in the coordinator's queue; returns it. */
    JsonPath awaitQueuedTask(String leadId) {
        return await().atMost(PATIENCE).until(() -> queueItem(leadId), item -> item != null);
    }

    /** The lead's task as the coordinator's queue shows it, or null when it is not queued. */
    JsonPath queueItem(String leadId) {
        for (int page = 0; ; page++) {
            JsonPath queue = as(system.task(), coordinatorToken()).queryParam("size", 100).queryParam("page", page)
                    .get("/api/queue").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = queue.getList("items");
            for (int i = 0; i < items.size(); i++) {
                if (leadId.equals(items.get(i).get("leadId"))) {
                    return new JsonPath(queue.prettify()).setRootPath("items[" + i + "]");
                }
            }
            if (items.size() < 100) {
                return null;
            }
        }
    }

    JsonPath task(String taskId) {
        return as(system.task(), coordinatorToken()).get("/api/tasks/" + taskId)
                .then().statusCode(200).extract().jsonPath();
    }

    void assign(String taskId, String partnerId, String overrideReason) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("partnerId", partnerId));
        if (overrideReason != null) {
            body.put("overrideReason", overrideReason);
        }
        as(system.task(), coordinatorToken()).body(body).post("/api/tasks/" + taskId + "/assignment")
                .then().statusCode(200);
    }

    RequestSpecification portal(String partnerId) {
        return as(system.task(), partnerToken(partnerId));
    }
}
