package nl.totalservice.onboarding.notification.support;

import io.restassured.path.json.JsonPath;
import nl.totalservice.onboarding.platform.testing.jwt.DevTokens;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** The delivery log as ops sees it, over the real REST API. */
public final class DeliveryLogApi {

    public static final String OPS = DevTokens.ops("olaf.ops@totalservice.nl");

    private DeliveryLogApi() {
    }

    /** The notifications matching {@code query} (e.g. {@code sourceEventId=...}), newest first. */
    public static List<Map<String, Object>> list(Map<String, ?> query) {
        return given().auth().oauth2(OPS).queryParams(query).queryParam("size", 200)
                .when().get("/api/notifications")
                .then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    public static List<Map<String, Object>> forSourceEvent(String eventId) {
        return list(Map.of("sourceEventId", eventId));
    }

    public static JsonPath detail(String notificationId) {
        return given().auth().oauth2(OPS)
                .when().get("/api/notifications/{id}", notificationId)
                .then().statusCode(200)
                .extract().jsonPath();
    }
}
