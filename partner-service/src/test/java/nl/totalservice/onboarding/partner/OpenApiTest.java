package nl.totalservice.onboarding.partner;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class OpenApiTest {

    @Test
    void documentsEveryOperationWithItsDomainRefusalsAndCreditsGeoNames() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("info.description", containsString("GeoNames"))
                .body("tags.name", hasItems("Partners", "Geography", "Matching", "Reports"))
                .body("paths.'/api/partners/{id}'.put.responses.'412'.description", notNullValue())
                .body("paths.'/api/partners/{id}'.put.parameters.find { it.name == 'If-Match' }.description",
                        containsString("412"))
                .body("paths.'/api/partners/{id}'.put.responses", not(hasKey("428")))
                .body("paths.'/api/leads/{leadId}/decisions'.post.responses.'409'.description", notNullValue())
                .body("paths.'/api/matching/preview'.post.description", containsString("nothing is stored"))
                .body("paths.'/api/postcodes/{postcode}'.get.parameters[0].example", notNullValue())
                .body("components.schemas.PartnerRequest.properties.capacity.description", notNullValue())
                .body("components.schemas.Decision.properties.explanation.description", notNullValue());
    }
}
