package nl.totalservice.onboarding.platform.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.totalservice.onboarding.platform.testing.jwt.DevTokens;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** What the HTTP server itself refuses, and ids that cannot name anything, answer as problem documents. */
@QuarkusTest
class RequestRefusalsTest {

    private static final String SALES = DevTokens.sales("sanne@totalservice.nl");

    @TestHTTPResource("/")
    URI base;

    @Test
    void answersAVeryLongQueryWith414AsAProblem() {
        given().auth().oauth2(SALES).queryParam("q", "x".repeat(5000))
                .when().get("/api/me")
                .then().statusCode(414).contentType("application/problem+json")
                .body("status", equalTo(414))
                .body("type", equalTo("https://onboarding.totalservice.nl/problems/uri-too-long"))
                .body("detail", containsString("at most 4096"));
    }

    @Test
    void answersAVeryLongPathAndQueryOverHttp2AsAProblemToo() throws Exception {
        // java.net.http asks for an h2c upgrade: HTTP/2 limits the header list, path included
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        base.resolve("/api/probe/things/" + "x".repeat(5000) + "?q=" + "y".repeat(5000)))
                .header("Authorization", "Bearer " + SALES).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(414);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":414");
    }

    @Test
    void answersOversizedHeadersWith431AsAProblem() {
        given().auth().oauth2(SALES).header("X-Padding", "p".repeat(30_000))
                .when().get("/api/me")
                .then().statusCode(431).contentType("application/problem+json")
                .body("status", equalTo(431))
                .body("instance", equalTo("/api/me"));
    }

    @Test
    void answersABlankPathIdWith404AsAProblem() {
        given().auth().oauth2(SALES).urlEncodingEnabled(false)
                .when().get("/api/probe/things/%20")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://onboarding.totalservice.nl/problems/not-found"))
                .body("detail", containsString("the id is blank"));
    }

    @Test
    void answersAPathIdThatIsNoUuidWith404AsAProblem() {
        given().auth().oauth2(SALES).contentType("application/json")
                .when().post("/api/probe/things/not-a-uuid/close")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("the id must be a UUID"));
    }

    @Test
    void stillAnswersAProperIdNormally() {
        given().auth().oauth2(SALES)
                .when().get("/api/probe/things/0b9d7a52-3c1e-4f7e-9a44-5d2a7f3e8c11")
                .then().statusCode(404).body("detail", equalTo("Thing 0b9d7a52-3c1e-4f7e-9a44-5d2a7f3e8c11 does not exist"));
    }
}
