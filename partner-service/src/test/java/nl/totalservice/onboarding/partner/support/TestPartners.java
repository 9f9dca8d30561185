package nl.totalservice.onboarding.partner.support;

import io.restassured.http.ContentType;
import nl.totalservice.onboarding.platform.testing.jwt.DevTokens;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/** Registers partners through the API, as the coordinator does. */
public final class TestPartners {

    public static final String COORDINATOR = DevTokens.coordinator("carla@totalservice.nl");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestPartners() {
    }

    /** A partner request body with sensible defaults; tweak the map before registering. */
    public static Map<String, Object> body(String name, String postcode, String city) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("name", name);
        body.put("contactName", "Henk Bakker");
        body.put("email", uniqueEmail(name));
        body.put("phone", "+31 50 123 4567");
        body.put("preferredLanguage", "nl");
        body.put("address", Map.of("street", "Grote Markt", "houseNumber", "1", "postcode", postcode, "city", city));
        body.put("capacity", 10);
        return body;
    }

    public static String uniqueEmail(String name) {
        return name.toLowerCase().replaceAll("[^a-z]", "") + "-" + SEQUENCE.incrementAndGet() + "-"
                + UUID.randomUUID().toString().substring(0, 8) + "@partners.example.nl";
    }

    public static UUID register(Map<String, Object> body) {
        String id = given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(body)
                .when().post("/api/partners")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    public static UUID register(String name, String postcode, String city) {
        return register(body(name, postcode, city));
    }

    public static UUID atCapacity(String name, String postcode, String city) {
        Map<String, Object> body = body(name, postcode, city);
        body.put("capacity", 2);
        body.put("activeCustomers", 2);
        return register(body);
    }

    public static UUID onHoliday(String name, String postcode, String city) {
        Map<String, Object> body = body(name, postcode, city);
        List<Map<String, Object>> periods = new ArrayList<>();
        periods.add(Map.of("from", LocalDate.now().minusDays(3).toString(), "to", LocalDate.now().plusDays(10).toString(),
                "reason", "Summer holiday"));
        body.put("unavailability", periods);
        return register(body);
    }
}
