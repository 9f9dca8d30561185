package nl.totalservice.onboarding.lead.report;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.totalservice.onboarding.lead.support.Leads;
import nl.totalservice.onboarding.platform.testing.jwt.DevTokens;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

import static nl.totalservice.onboarding.lead.support.Leads.as;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class InterestReportTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void countsInterestedAndNotInterestedByReasonOwnerAndMonth() throws Exception {
        String owner = "report-" + UUID.randomUUID() + "@totalservice.nl";
        decide(owner, Map.of("interested", true));
        decide(owner, Map.of("interested", false, "reason", "PRICE"));
        decide(owner, Map.of("interested", false, "reason", "PRICE"));
        String revised = decide(owner, Map.of("interested", false, "reason", "HAS_ACCOUNTANT"));
        as(DevTokens.sales(owner)).body(Map.of("interested", true)).put("/api/leads/{id}/interest", revised)
                .then().statusCode(200);
        String june = decide(owner, Map.of("interested", false, "reason", "NOT_NOW"));
        firstRecordedOn(june, LocalDate.of(2026, 6, 15));
        as(DevTokens.sales(owner)).body(Leads.request()).post("/api/leads").then().statusCode(201); // no decision yet

        String thisMonth = LocalDate.now(ZoneId.of("Europe/Amsterdam")).format(DateTimeFormatter.ofPattern("yyyy-MM"));
        as(DevTokens.coordinator("carla@totalservice.nl")).queryParam("owner", owner).get("/api/reports/interest")
                .then().statusCode(200)
                .body("total", equalTo(5))
                .body("interested", equalTo(2))
                .body("notInterested", equalTo(3))
                .body("byReason.find { it.reason == 'PRICE' }.count", equalTo(2))
                .body("byReason.find { it.reason == 'NOT_NOW' }.count", equalTo(1))
                .body("byReason.find { it.reason == 'HAS_ACCOUNTANT' }.count", equalTo(0))
                .body("byOwner[0].key", equalTo(owner))
                .body("byOwner[0].total", equalTo(5))
                .body("byMonth.find { it.key == '2026-06' }.notInterested", equalTo(1))
                .body("byMonth.find { it.key == '" + thisMonth + "' }.interested", equalTo(2))
                .body("byMonth.find { it.key == '" + thisMonth + "' }.notInterested", equalTo(2));
    }

    @Test
    void filtersByPeriod() throws Exception {
        String owner = "period-" + UUID.randomUUID() + "@totalservice.nl";
        firstRecordedOn(decide(owner, Map.of("interested", false, "reason", "SOFTWARE_ONLY")), LocalDate.of(2026, 5, 31));
        firstRecordedOn(decide(owner, Map.of("interested", true)), LocalDate.of(2026, 6, 1));
        firstRecordedOn(decide(owner, Map.of("interested", true)), LocalDate.of(2026, 6, 30));
        firstRecordedOn(decide(owner, Map.of("interested", true)), LocalDate.of(2026, 7, 1));

        as(DevTokens.ops("olaf@totalservice.nl")).queryParam("owner", owner)
                .queryParam("from", "2026-06-01").queryParam("to", "2026-06-30").get("/api/reports/interest")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("interested", equalTo(2))
                .body("from", equalTo("2026-06-01"))
                .body("timeZone", equalTo("Europe/Amsterdam"));
    }

    @Test
    void refusesAnUnreadablePeriodNamingTheParameter() {
        Leads.asSales().queryParam("from", "1 July").get("/api/reports/interest").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        Leads.asSales().queryParam("from", "2026-07-01").queryParam("to", "2026-06-01").get("/api/reports/interest")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        as(DevTokens.partner("piet@jansen-deboer.nl", UUID.randomUUID().toString())).get("/api/reports/interest")
                .then().statusCode(403);
    }

    private static String decide(String owner, Map<String, Object> decision) {
        String token = DevTokens.sales(owner);
        String id = as(token).body(Leads.request()).post("/api/leads").then().statusCode(201).extract().path("id");
        as(token).body(decision).put("/api/leads/{id}/interest", id).then().statusCode(200);
        return id;
    }

    /** Test data: a lead whose offer was made on {@code day} (noon in Amsterdam). */
    private void firstRecordedOn(String leadId, LocalDate day) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "update lead set interest_first_recorded_at = ? where id = ?::uuid")) {
            update.setObject(1, day.atTime(12, 0).atZone(ZoneId.of("Europe/Amsterdam")).toOffsetDateTime());
            update.setString(2, leadId);
            update.executeUpdate();
        }
    }
}
