package nl.totalservice.onboarding.lead.support;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import nl.totalservice.onboarding.platform.testing.jwt.DevTokens;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/** Builds lead requests with unique KvK numbers and emails, and drives the lead API as sales. */
public final class Leads {

    public static final String SALES = "sanne.devries@totalservice.nl";

    private Leads() {
    }

    public static String kvk() {
        return String.format("%08d", ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000));
    }

    public static String email() {
        return "contact-" + UUID.randomUUID() + "@example.nl";
    }

    /** A complete, valid lead request with a fresh KvK number and email. */
    public static Map<String, Object> request() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("companyName", "Bakkerij De Korenschoof B.V.");
        body.put("kvkNumber", kvk());
        body.put("contact", new HashMap<>(Map.of("name", "Joost van Dijk", "email", email(), "phone", "06-12345678")));
        body.put("address", new HashMap<>(Map.of("street", "Dorpsstraat", "houseNumber", "12a", "postcode", "9711lm",
                "city", "Groningen")));
        body.put("location", Map.of("latitude", 53.2194, "longitude", 6.5665));
        body.put("source", "WEBSITE");
        return body;
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static RequestSpecification asSales() {
        return as(DevTokens.sales(SALES));
    }

    /** Registers {@code body} as sales and returns the new lead's id. */
    public static String register(Map<String, Object> body) {
        return asSales().body(body).post("/api/leads").then().statusCode(201).extract().path("id");
    }

    public static String register() {
        return register(request());
    }

    public static ValidatableResponse recordInterest(String leadId, Map<String, Object> decision) {
        return asSales().body(decision).put("/api/leads/{id}/interest", leadId).then();
    }

    /** A registered lead whose customer is interested. */
    public static String interestedLead() {
        String id = register();
        recordInterest(id, Map.of("interested", true)).statusCode(200);
        return id;
    }

    /** Registers a lead with {@code body} and withdraws it (a duplicate); returns its id. */
    public static String registeredAndWithdrawn(Map<String, Object> body) {
        String id = register(body);
        asSales().body(Map.of("reason", "DUPLICATE")).post("/api/leads/{id}/withdrawal", id).then().statusCode(200);
        return id;
    }

    public static ValidatableResponse get(String leadId) {
        return asSales().get("/api/leads/{id}", leadId).then().statusCode(200);
    }

    public static String state(String leadId) {
        return get(leadId).extract().path("state");
    }

    /** The lead's progress view, as sales reads it. */
    public static JsonPath timeline(String id) {
        return asSales().get("/api/leads/{id}/timeline", id).then().statusCode(200).extract().jsonPath();
    }

    public static List<String> timelineTypes(JsonPath view) {
        return view.getList("entries.type", String.class);
    }

    public static List<String> timelineSummaries(JsonPath view) {
        return view.getList("entries.summary", String.class);
    }
}
