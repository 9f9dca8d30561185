package nl.totalservice.onboarding.notification.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.totalservice.onboarding.platform.testing.infra.SharedInfrastructure;
import nl.totalservice.onboarding.platform.testing.kafka.EventSender;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Publishes other services' events in the exact shapes of docs/events.md (every documented field,
 * nulls included), the way their outbox relays do.
 */
public final class TestEvents implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EventSender sender = new EventSender(SharedInfrastructure.kafka().bootstrapServers());

    /** A partner as partner-service describes it in PartnerRegistered / PartnerUpdated. */
    public record Partner(UUID id, long version, String name, String contactName, String email, String phone,
                          String preferredLanguage, boolean active) {

        public static Partner random(String language) {
            String tag = UUID.randomUUID().toString().substring(0, 8);
            return new Partner(UUID.randomUUID(), 1, "Boekhouding " + tag, "Jan " + tag,
                    "partner-" + tag + "@example.nl", "+31 50 " + tag.substring(0, 3) + " " + tag.substring(3, 7),
                    language, true);
        }

        public Partner withVersion(long newVersion, String newEmail) {
            return new Partner(id, newVersion, name, contactName, newEmail, phone, preferredLanguage, active);
        }
    }

    /** A lead, its task and its owner, as task-service describes them. */
    public record Task(UUID taskId, UUID leadId, String companyName, String customerContact, String customerEmail,
                       String customerPhone, String ownerEmail, String ownerName, String notes) {

        public static Task random() {
            String tag = UUID.randomUUID().toString().substring(0, 8);
            return new Task(UUID.randomUUID(), UUID.randomUUID(), "Bakkerij " + tag, "Petra " + tag,
                    "petra-" + tag + "@klant.nl", "06 1234 " + tag.substring(0, 4), "sales-" + tag + "@totalservice.nl",
                    "Sanne " + tag, "Wil een gesprek over de jaarrekening & btw <spoedig>; heeft nu een eigen boekhouder.");
        }
    }

    public String partnerRegistered(Partner partner) {
        return send("partner-events", partner.id().toString(), "PartnerRegistered", partnerBody(partner));
    }

    public String partnerUpdated(Partner partner) {
        return send("partner-events", partner.id().toString(), "PartnerUpdated", partnerBody(partner));
    }

    public Map<String, Object> taskAssignedBody(Task task, Partner partner, boolean urgent) {
        Map<String, Object> body = taskBody(task, "ASSIGNED");
        body.put("partnerId", partner.id().toString());
        body.put("partnerName", partner.name());
        body.put("suggestedPartnerId", partner.id().toString());
        body.put("overrideReason", null);
        body.put("urgent", urgent);
        body.put("notes", task.notes());
        body.put("dueAt", "2026-07-03T15:00:00Z");
        body.put("acceptBy", "2026-07-02T10:00:00Z");
        body.put("assignedBy", "coordinator@totalservice.nl");
        body.put("lead", leadSummary(task));
        return body;
    }

    public String taskAssigned(Task task, Partner partner, boolean urgent) {
        return send("task-events", task.taskId().toString(), "TaskAssigned", taskAssignedBody(task, partner, urgent));
    }

    /** Sends a TaskAssigned with a given event id (twice with one id = a redelivery). */
    public void taskAssigned(String eventId, Task task, Partner partner, boolean urgent) {
        Map<String, Object> body = taskAssignedBody(task, partner, urgent);
        body.put("eventId", eventId);
        sender.send("task-events", task.taskId().toString(), eventId, "TaskAssigned", json(body));
    }

    /** Sends a TaskAssigned that continues the trace {@code traceparent} (as a traced producer would); returns its id. */
    public String taskAssignedInTrace(Task task, Partner partner, String traceparent) {
        Map<String, Object> body = taskAssignedBody(task, partner, false);
        String eventId = body.get("eventId").toString();
        String key = task.taskId().toString();
        sender.sendRaw("task-events", key, json(body), Map.of(
                "ce_specversion", "1.0",
                "ce_id", eventId,
                "ce_type", "TaskAssigned",
                "ce_source", "/test",
                "ce_subject", key,
                "ce_time", body.get("occurredAt").toString(),
                "content-type", "application/json",
                "traceparent", traceparent));
        return eventId;
    }

    /** A TaskAssigned that asks to hold the partner's email until {@code deliverAfter}. */
    public String taskAssignedHeld(Task task, Partner partner, java.time.Instant deliverAfter, String reason) {
        Map<String, Object> body = taskAssignedBody(task, partner, false);
        body.put("deliverAfter", deliverAfter.toString());
        body.put("deliverAfterReason", reason);
        return send("task-events", task.taskId().toString(), "TaskAssigned", body);
    }

    public String taskOverdue(Task task, Partner partner) {
        Map<String, Object> body = taskBody(task, "ASSIGNED");
        body.put("partnerId", partner.id().toString());
        body.put("partnerName", partner.name());
        body.put("acceptBy", "2026-07-02T10:00:00Z");
        body.put("urgent", false);
        body.put("lead", leadSummary(task));
        return send("task-events", task.taskId().toString(), "TaskOverdue", body);
    }

    public String taskReturnedToQueue(Task task, Partner partner) {
        Map<String, Object> body = taskBody(task, "OPEN");
        body.put("partnerId", partner.id().toString());
        body.put("reason", "ACCEPT_DEADLINE_MISSED");
        body.put("lead", leadSummary(task));
        return send("task-events", task.taskId().toString(), "TaskReturnedToQueue", body);
    }

    public String taskDeclined(Task task, Partner partner, String reason, String note) {
        Map<String, Object> body = taskBody(task, "DECLINED");
        body.put("partnerId", partner.id().toString());
        body.put("reason", reason);
        body.put("note", note);
        body.put("declinedBy", partner.email());
        body.put("declinedPartnerIds", List.of(partner.id().toString()));
        return send("task-events", task.taskId().toString(), "TaskDeclined", body);
    }

    public String noPartnerAvailable(UUID leadId, String ownerEmail, Partner excluded, List<String> reasons) {
        Map<String, Object> body = base();
        body.put("decisionId", UUID.randomUUID().toString());
        body.put("leadId", leadId.toString());
        body.put("trigger", "INTEREST_RECORDED");
        body.put("reasons", reasons);
        body.put("explanation", "No partner can take this lead: every candidate is excluded.");
        Map<String, Object> candidate = new LinkedHashMap<>();
        candidate.put("partnerId", excluded.id().toString());
        candidate.put("name", excluded.name());
        candidate.put("eligible", false);
        candidate.put("exclusions", List.of("AT_CAPACITY"));
        candidate.put("distanceKm", 12.4);
        candidate.put("activeCustomers", 40);
        candidate.put("capacity", 40);
        candidate.put("openAssignments", 0);
        candidate.put("load", 1.0);
        candidate.put("lastAssignedAt", null);
        candidate.put("detail", "at capacity (40 of 40)");
        body.put("candidates", List.of(candidate));
        body.put("candidatesOmitted", 0);
        body.put("owner", Map.of("email", ownerEmail, "name", "Sanne de Vries"));
        body.put("taskId", null);
        return send("partner-events", leadId.toString(), "NoPartnerAvailable", body);
    }

    /** Sends a raw body (for unprocessable events). */
    public String raw(String topic, String key, String type, String body) {
        return sender.send(topic, key, type, body);
    }

    private Map<String, Object> partnerBody(Partner partner) {
        Map<String, Object> body = base();
        body.put("partnerId", partner.id().toString());
        body.put("version", partner.version());
        body.put("name", partner.name());
        body.put("contactName", partner.contactName());
        body.put("email", partner.email());
        body.put("phone", partner.phone());
        body.put("preferredLanguage", partner.preferredLanguage());
        body.put("active", partner.active());
        body.put("postcode", "9712 AB");
        body.put("city", "Groningen");
        body.put("location", Map.of("latitude", 53.2194, "longitude", 6.5665));
        body.put("capacity", 40);
        body.put("activeCustomers", 12);
        return body;
    }

    private Map<String, Object> taskBody(Task task, String status) {
        Map<String, Object> body = base();
        body.put("taskId", task.taskId().toString());
        body.put("leadId", task.leadId().toString());
        body.put("taskType", "LEAD_FOLLOW_UP");
        body.put("status", status);
        body.put("owner", Map.of("email", task.ownerEmail(), "name", task.ownerName()));
        return body;
    }

    private static Map<String, Object> leadSummary(Task task) {
        Map<String, Object> lead = new LinkedHashMap<>();
        lead.put("companyName", task.companyName());
        lead.put("contactName", task.customerContact());
        lead.put("email", task.customerEmail());
        lead.put("phone", task.customerPhone());
        lead.put("postcode", "9711 AA");
        lead.put("city", "Groningen");
        return lead;
    }

    private static Map<String, Object> base() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventId", UUID.randomUUID().toString());
        body.put("occurredAt", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        return body;
    }

    private String send(String topic, String key, String type, Map<String, Object> body) {
        String id = body.get("eventId").toString();
        sender.send(topic, key, id, type, json(body));
        return id;
    }

    private static String json(Map<String, Object> body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        sender.close();
    }
}
