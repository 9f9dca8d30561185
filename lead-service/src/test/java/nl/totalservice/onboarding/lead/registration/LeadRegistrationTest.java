package nl.totalservice.onboarding.lead.registration;

import io.quarkus.test.junit.QuarkusTest;
import nl.totalservice.onboarding.lead.support.Kafka;
import nl.totalservice.onboarding.lead.support.Leads;
import nl.totalservice.onboarding.platform.testing.jwt.DevTokens;
import nl.totalservice.onboarding.platform.testing.kafka.RecordedEvent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static nl.totalservice.onboarding.lead.support.Leads.asSales;
import static nl.totalservice.onboarding.lead.support.Leads.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class LeadRegistrationTest {

    @Test
    void registersALeadWithNormalisedDataAndPublishesLeadRegistered() {
        Map<String, Object> body = request();
        body.put("wish", Map.of("partnerId", "5b0e6f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b", "kind", "EXISTING_CONTACT",
                "note", "Knows the firm"));
        String kvk = (String) body.get("kvkNumber");

        var response = asSales().body(body).post("/api/leads")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("state", equalTo("REGISTERED"))
                .body("address.postcode", equalTo("9711 LM"))
                .body("address.pc4", equalTo("9711"))
                .body("contact.phone", equalTo("+31612345678"))
                .body("owner.email", equalTo(Leads.SALES))
                .body("registeredBy", equalTo(Leads.SALES))
                .body("onboarding.nextStep", equalTo("DOMAIN"))
                .extract();
        String id = response.path("id");
        assertThat(response.header("Location")).endsWith("/api/leads/" + id);

        RecordedEvent event = Kafka.recorder().awaitType("LeadRegistered", id, Duration.ofSeconds(10));
        assertThat(event.key()).isEqualTo(id);
        assertThat(event.source()).isEqualTo("/lead-service");
        assertThat(event.field("leadId")).isEqualTo(id);
        assertThat(event.field("kvkNumber")).isEqualTo(kvk);
        assertThat(event.field("/address/postcode")).isEqualTo("9711 LM");
        assertThat(event.field("pc4")).isEqualTo("9711");
        assertThat(event.field("/location/latitude")).isEqualTo("53.2194");
        assertThat(event.field("/owner/email")).isEqualTo(Leads.SALES);
        assertThat(event.field("/wish/kind")).isEqualTo("EXISTING_CONTACT");
        assertThat(event.field("source")).isEqualTo("WEBSITE");
        assertThat(event.field("registeredBy")).isEqualTo(Leads.SALES);
        assertThat(event.json().has("occurredAt")).isTrue();
        assertThat(event.field("eventId")).isEqualTo(event.id());
    }

    @Test
    void acceptsPostcodesAndPhoneNumbersTheWayPeopleWriteThem() {
        for (String[] input : new String[][]{{"1234AB", "1234 AB", "020 123 4567", "+31201234567"},
                {"1234 ab", "1234 AB", "+31 (0)6 1234 5678", "+31612345678"},
                {" 1234 AB ", "1234 AB", "0031 6 12345678", "+31612345678"}}) {
            Map<String, Object> body = request();
            address(body).put("postcode", input[0]);
            contact(body).put("phone", input[2]);
            asSales().body(body).post("/api/leads").then().statusCode(201)
                    .body("address.postcode", equalTo(input[1]))
                    .body("contact.phone", equalTo(input[3]));
        }
    }

    @Test
    void makesTheNamedOwnerResponsibleWhenSalesRegistersForAColleague() {
        Map<String, Object> body = request();
        body.put("owner", Map.of("email", "Pieter.Bakker@totalservice.nl", "name", "Pieter Bakker"));
        asSales().body(body).post("/api/leads").then().statusCode(201)
                .body("owner.email", equalTo("pieter.bakker@totalservice.nl"))
                .body("owner.name", equalTo("Pieter Bakker"))
                .body("registeredBy", equalTo(Leads.SALES));
    }

    @Test
    void registersALeadWithoutKvkNumberPhoneOrLocation() {
        Map<String, Object> body = request();
        body.remove("kvkNumber");
        body.remove("location");
        contact(body).remove("phone");
        asSales().body(body).post("/api/leads").then().statusCode(201)
                .body("kvkNumber", nullValue())
                .body("location", nullValue())
                .body("contact.phone", nullValue());
    }

    @Test
    void refusesInvalidFieldsNamingEachOne() {
        Map<String, Object> body = request();
        body.put("kvkNumber", "1234567");
        address(body).put("postcode", "1234 A");
        contact(body).put("email", "joost-at-korenschoof");
        contact(body).put("phone", "12345");
        body.put("location", Map.of("latitude", 6.56, "longitude", 53.21));
        body.remove("source");

        asSales().body(body).post("/api/leads")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("kvkNumber"))
                .body("errors.field", hasItem("address.postcode"))
                .body("errors.field", hasItem("contact.email"))
                .body("errors.field", hasItem("contact.phone"))
                .body("errors.field", hasItem("location.latitude"))
                .body("errors.field", hasItem("location.longitude"))
                .body("errors.field", hasItem("source"));
    }

    @Test
    void refusesAnUnknownSourceNamingTheField() {
        Map<String, Object> body = request();
        body.put("source", "CARRIER_PIGEON");
        asSales().body(body).post("/api/leads")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("source"))
                .body("errors[0].message", containsString("WEBSITE"));
    }

    @Test
    void refusesASecondLeadWithTheSameKvkNumberPointingAtTheExistingOne() {
        Map<String, Object> first = request();
        String existing = Leads.register(first);
        Map<String, Object> second = request();
        second.put("kvkNumber", first.get("kvkNumber"));

        asSales().body(second).post("/api/leads")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("existingId", equalTo(existing))
                .body("existing", equalTo("/api/leads/" + existing))
                .body("detail", containsString((String) first.get("kvkNumber")));
    }

    @Test
    void refusesASecondOpenLeadWithTheSameEmailWhateverItsCase() {
        Map<String, Object> first = request();
        String existing = Leads.register(first);
        Map<String, Object> second = request();
        contact(second).put("email", ((String) contact(first).get("email")).toUpperCase());

        asSales().body(second).post("/api/leads")
                .then().statusCode(409)
                .body("existingId", equalTo(existing));
    }

    @Test
    void acceptsTheEmailOfAWithdrawnLeadAgain() {
        Map<String, Object> first = request();
        Leads.registeredAndWithdrawn(first);
        Map<String, Object> again = request();
        contact(again).put("email", contact(first).get("email"));

        asSales().body(again).post("/api/leads").then().statusCode(201);
    }

    @Test
    void acceptsTheKvkNumberOfAWithdrawnLeadAsANewLeadButNotTwice() {
        Map<String, Object> first = request();
        Leads.registeredAndWithdrawn(first);
        Map<String, Object> comeback = request();
        comeback.put("kvkNumber", first.get("kvkNumber"));
        String again = Leads.register(comeback);

        Map<String, Object> third = request();
        third.put("kvkNumber", first.get("kvkNumber"));
        asSales().body(third).post("/api/leads")
                .then().statusCode(409)
                .body("existingId", equalTo(again));
    }

    @Test
    void letsOnlyOneOfManySimultaneousRegistrationsOfOneCompanyThrough() throws Exception {
        Map<String, Object> body = request();
        String token = DevTokens.sales(Leads.SALES);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> attempts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Map<String, Object> copy = new HashMap<>(body);
                copy.put("contact", new HashMap<>(contact(body)));
                if (i % 2 == 1) {
                    contact(copy).put("email", Leads.email()); // half collide on KvK only
                }
                attempts.add(() -> Leads.as(token).body(copy).post("/api/leads").statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : pool.invokeAll(attempts)) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsOnly(201, 409);
            assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void asksForATokenAndForTheSalesRole() {
        given().contentType("application/json").body(request()).post("/api/leads")
                .then().statusCode(401).contentType("application/problem+json");
        Leads.as(DevTokens.coordinator("carla@totalservice.nl")).body(request()).post("/api/leads")
                .then().statusCode(403).contentType("application/problem+json");
        Leads.as(DevTokens.partner("piet@jansen-deboer.nl", UUID.randomUUID().toString()))
                .get("/api/leads").then().statusCode(403);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> contact(Map<String, Object> body) {
        return (Map<String, Object>) body.get("contact");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> address(Map<String, Object> body) {
        return (Map<String, Object>) body.get("address");
    }
}
