package nl.totalservice.onboarding.task.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.totalservice.onboarding.platform.testing.infra.SharedInfrastructure;
import nl.totalservice.onboarding.platform.testing.jwt.DevTokens;
import nl.totalservice.onboarding.platform.testing.kafka.EventSender;
import nl.totalservice.onboarding.task.Channels;
import nl.totalservice.onboarding.task.lead.LeadDirectory;
import nl.totalservice.onboarding.task.partner.KnownPartner;
import nl.totalservice.onboarding.task.partner.PartnerDirectory;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * Builds the situation a test needs through the service's real entrances: other services' events
 * on Kafka and the REST API. Every call makes fresh ids, so tests never depend on each other.
 */
@ApplicationScoped
public class Scenario {

    public static final String SALES = "sanne.devries@totalservice.nl";
    public static final String COORDINATOR = "carla@totalservice.nl";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static EventSender sender;

    @Inject
    PartnerDirectory partners;

    @Inject
    LeadDirectory leads;

    @Inject
    jakarta.persistence.EntityManager em;

    public static synchronized EventSender sender() {
        if (sender == null) {
            sender = new EventSender(SharedInfrastructure.kafka().bootstrapServers());
        }
        return sender;
    }

    public static String sales() {
        return DevTokens.sales(SALES);
    }

    public static String coordinator() {
        return DevTokens.coordinator(COORDINATOR);
    }

    public static String partnerToken(UUID partnerId) {
        return DevTokens.partner("desk@" + partnerId.toString().substring(0, 8) + ".nl", partnerId.toString());
    }

    /** An active partner registered through partner-events, once task-service has its copy. */
    public UUID partner(String name) {
        UUID id = UUID.randomUUID();
        publishPartner("PartnerRegistered", id, 1, name, true);
        awaitPartner(id, true);
        return id;
    }

    /** A partner that partner-service reports inactive. */
    public UUID inactivePartner(String name) {
        UUID id = UUID.randomUUID();
        publishPartner("PartnerRegistered", id, 1, name, false);
        awaitPartner(id, false);
        return id;
    }

    /** An active partner whose snapshot says it is unavailable from {@code from} to {@code to} (both included). */
    public UUID unavailablePartner(String name, java.time.LocalDate from, java.time.LocalDate to, String reason) {
        UUID id = UUID.randomUUID();
        ObjectNode body = partnerSnapshot(id, 1, name, true);
        body.putArray("unavailable").addObject().put("from", from.toString()).put("to", to.toString()).put("reason", reason);
        sender().send(Channels.PARTNER_EVENTS, id.toString(), "PartnerRegistered", body.toString());
        awaitPartner(id, true);
        return id;
    }

    public void publishPartner(String type, UUID id, long version, String name, boolean active) {
        sender().send(Channels.PARTNER_EVENTS, id.toString(), type, partnerSnapshot(id, version, name, active).toString());
    }

    private static ObjectNode partnerSnapshot(UUID id, long version, String name, boolean active) {
        ObjectNode body = envelope().put("partnerId", id.toString()).put("version", version).put("name", name)
                .put("contactName", "Petra Bakker").put("email", "info@" + id.toString().substring(0, 8) + ".nl")
                .put("phone", "+31 50 765 4321").put("preferredLanguage", "nl").put("active", active)
                .put("postcode", "9711 AB").put("city", "Groningen").put("capacity", 40).put("activeCustomers", 3);
        body.putNull("location");
        return body;
    }

    public void awaitPartner(UUID id, boolean active) {
        await().atMost(WAIT).until(() -> QuarkusTransaction.requiringNew().call(() ->
                partners.find(id).map(KnownPartner::active).map(actual -> actual == active).orElse(false)));
    }

    /** A lead registered through lead-events, once task-service has its copy. */
    public UUID lead(String company) {
        UUID id = UUID.randomUUID();
        publishLead("LeadRegistered", id, null, company, "jan@" + id.toString().substring(0, 8) + ".nl");
        awaitLead(id, company);
        return id;
    }

    public String publishLead(String type, UUID id, Long version, String company, String email) {
        ObjectNode body = envelope().put("leadId", id.toString()).put("companyName", company).put("kvkNumber", "12345678");
        if (version != null) {
            body.put("version", version);
        }
        body.putObject("contact").put("name", "Jan Jansen").put("email", email).put("phone", "+31 50 123 4567");
        body.putObject("address").put("street", "Grote Markt").put("houseNumber", "1").put("postcode", "9711 LV")
                .put("city", "Groningen");
        body.put("pc4", "9711").putNull("location");
        body.putObject("owner").put("email", SALES).put("name", "Sanne de Vries");
        body.put("source", "WEBSITE").putNull("wish");
        body.put("registeredBy", SALES);
        return sender().send(Channels.LEAD_EVENTS, id.toString(), type, body.toString());
    }

    public void awaitLead(UUID id, String company) {
        await().atMost(WAIT).until(() -> QuarkusTransaction.requiringNew().call(() ->
                company.equals(leads.summaryOf(id).companyName())));
    }

    /** partner-service's decision for a lead; returns the event id (send it again to test redelivery). */
    public String partnerMatched(UUID decisionId, UUID leadId, UUID partnerId, String trigger, UUID taskId) {
        return sender().send(Channels.PARTNER_EVENTS, leadId.toString(), "PartnerMatched",
                partnerMatchedJson(decisionId, leadId, partnerId, trigger, taskId));
    }

    public String partnerMatchedJson(UUID decisionId, UUID leadId, UUID partnerId, String trigger, UUID taskId) {
        ObjectNode body = envelope().put("decisionId", decisionId.toString()).put("leadId", leadId.toString())
                .put("trigger", trigger).put("rule", "REGION").put("partnerId", partnerId.toString())
                .put("partnerName", "Kantoor " + partnerId.toString().substring(0, 4))
                .put("explanation", "Closest partner by 18 km; the runner-up is 41 km away.");
        body.putArray("candidates").addObject().put("partnerId", partnerId.toString()).put("name", "Kantoor")
                .put("eligible", true).put("distanceKm", 4.2).put("activeCustomers", 3).put("capacity", 40)
                .put("load", 0.075).putArray("exclusions");
        body.putArray("skippedRules").addObject().put("rule", "CUSTOMER_WISH").put("reason", "No wish recorded");
        body.putObject("owner").put("email", SALES).put("name", "Sanne de Vries");
        if (taskId == null) {
            body.putNull("taskId");
        } else {
            body.put("taskId", taskId.toString());
        }
        return body.toString();
    }

    public String noPartnerAvailable(UUID decisionId, UUID leadId, String trigger, UUID taskId) {
        ObjectNode body = envelope().put("decisionId", decisionId.toString()).put("leadId", leadId.toString())
                .put("trigger", trigger);
        body.putArray("reasons").add("All partners within reach are at capacity");
        body.putArray("candidates");
        body.putObject("owner").put("email", SALES).put("name", "Sanne de Vries");
        if (taskId == null) {
            body.putNull("taskId");
        } else {
            body.put("taskId", taskId.toString());
        }
        return sender().send(Channels.PARTNER_EVENTS, leadId.toString(), "NoPartnerAvailable", body.toString());
    }

    /** Waits until the lead has exactly one task and returns its id. */
    public UUID awaitOnlyTaskOf(UUID leadId) {
        await().atMost(WAIT).until(() -> tasksOf(leadId).size() == 1);
        return UUID.fromString(tasksOf(leadId).get(0));
    }

    public List<String> tasksOf(UUID leadId) {
        return given().auth().oauth2(sales()).queryParam("leadId", leadId.toString())
                .when().get("/api/tasks").then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    /** A task sales opened by hand for a new lead, suggesting {@code partnerId}. */
    public UUID openTask(UUID leadId, UUID partnerId, boolean urgent) {
        return openTask(leadId, partnerId, urgent, null);
    }

    /** A task sales opens by hand, due at {@code dueAt} (null: no due time). */
    public UUID openTask(UUID leadId, UUID partnerId, boolean urgent, java.time.Instant dueAt) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("leadId", leadId.toString(),
                "notes", "Customer wants to meet the accountant first.", "urgent", urgent));
        if (partnerId != null) {
            body.put("suggestedPartnerId", partnerId.toString());
        }
        if (dueAt != null) {
            body.put("dueAt", dueAt.toString());
        }
        String id = given().auth().oauth2(sales()).contentType(ContentType.JSON).body(body)
                .when().post("/api/tasks").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    /** A task for a fresh lead, assigned to a fresh partner (the suggested one). */
    public Assigned assignedTask(boolean urgent) {
        UUID partnerId = partner("Kantoor Assigned");
        UUID leadId = lead("Bakkerij De Korenschoof");
        UUID taskId = openTask(leadId, partnerId, urgent);
        assign(taskId, partnerId, null).statusCode(200);
        return new Assigned(taskId, leadId, partnerId);
    }

    public ValidatableResponse assign(UUID taskId, UUID partnerId, String overrideReason) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("partnerId", partnerId.toString()));
        if (overrideReason != null) {
            body.put("overrideReason", overrideReason);
        }
        return given().auth().oauth2(coordinator()).contentType(ContentType.JSON).body(body)
                .when().post("/api/tasks/{id}/assignment", taskId).then();
    }

    public ValidatableResponse portal(UUID partnerId, String action, UUID taskId, Object body) {
        var request = given().auth().oauth2(partnerToken(partnerId)).contentType(ContentType.JSON);
        if (body != null) {
            request.body(body);
        }
        return request.when().post("/api/portal/tasks/{id}/" + action, taskId).then();
    }

    public ValidatableResponse task(UUID taskId) {
        return given().auth().oauth2(sales()).when().get("/api/tasks/{id}", taskId).then();
    }

    /** Waits until a consumer recorded the event in its inbox (events of one key are handled in order). */
    public void awaitHandled(String eventId) {
        await().atMost(WAIT).until(() -> QuarkusTransaction.requiringNew().call(() -> !em.createNativeQuery(
                "select 1 from messaging_inbox where event_id = :id").setParameter("id", eventId).getResultList().isEmpty()));
    }

    /** The ids in the coordinator's whole queue, in queue order. */
    public List<String> queueIds() {
        List<String> ids = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            var json = given().auth().oauth2(coordinator()).queryParam("size", 100).queryParam("page", page)
                    .when().get("/api/queue").then().statusCode(200).extract().jsonPath();
            ids.addAll(json.getList("items.id"));
            if (page + 1 >= json.getInt("totalPages")) {
                return ids;
            }
        }
    }

    private static ObjectNode envelope() {
        return JSON.createObjectNode().put("eventId", UUID.randomUUID().toString())
                .put("occurredAt", java.time.Instant.now().toString());
    }

    /** A task assigned to its suggested partner. */
    public record Assigned(UUID taskId, UUID leadId, UUID partnerId) {
    }
}
