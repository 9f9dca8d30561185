package nl.totalservice.onboarding.lead.support;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static nl.totalservice.onboarding.lead.support.Leads.SALES;
import static org.awaitility.Awaitility.await;

/** Publishes the other services' events in the shapes of docs/events.md, as their outboxes would. */
public final class OtherServices {

    private OtherServices() {
    }

    private static final String OWNER = "{\"email\":\"" + SALES + "\",\"name\":\"Sanne de Vries\"}";

    public static String partnerMatched(String leadId, String partnerId, Instant at) {
        String body = "{\"eventId\":\"%s\",\"occurredAt\":\"%s\",\"decisionId\":\"%s\",\"leadId\":\"%s\","
                + "\"trigger\":\"INTEREST_RECORDED\",\"rule\":\"REGION\",\"partnerId\":\"%s\","
                + "\"partnerName\":\"Jansen & De Boer Accountants\",\"explanation\":\"Jansen & De Boer is 4.2 km away, "
                + "clearly closer than the runner-up at 19.8 km.\",\"candidates\":[{\"partnerId\":\"%s\",\"name\":"
                + "\"Jansen & De Boer Accountants\",\"eligible\":true,\"exclusions\":[],\"distanceKm\":4.2,"
                + "\"activeCustomers\":12,\"capacity\":40,\"load\":0.3}],\"skippedRules\":[{\"rule\":\"CUSTOMER_WISH\","
                + "\"reason\":\"no wish\"}],\"owner\":" + OWNER + ",\"taskId\":null}";
        return send("partner-events", leadId, "PartnerMatched", at, body.formatted(UUID.randomUUID(), at,
                UUID.randomUUID(), leadId, partnerId, partnerId));
    }

    public static String noPartnerAvailable(String leadId, Instant at) {
        String body = "{\"eventId\":\"%s\",\"occurredAt\":\"%s\",\"decisionId\":\"%s\",\"leadId\":\"%s\","
                + "\"trigger\":\"TASK_DECLINED\",\"reasons\":[\"All partners in range are at capacity\"],"
                + "\"candidates\":[],\"owner\":" + OWNER + ",\"taskId\":\"%s\"}";
        return send("partner-events", leadId, "NoPartnerAvailable", at, body.formatted(UUID.randomUUID(), at,
                UUID.randomUUID(), leadId, UUID.randomUUID()));
    }

    /** A task-events event: the common fields plus {@code more} (JSON members without braces, may be empty). */
    public static String taskEvent(String type, String taskId, String leadId, String status, Instant at, String more) {
        String body = "{\"eventId\":\"%s\",\"occurredAt\":\"%s\",\"taskId\":\"%s\",\"leadId\":\"%s\","
                + "\"taskType\":\"LEAD_FOLLOW_UP\",\"status\":\"%s\",\"owner\":" + OWNER
                + (more.isEmpty() ? "" : "," + more) + "}";
        return send("task-events", taskId, type, at, body.formatted(UUID.randomUUID(), at, taskId, leadId, status));
    }

    public static String taskCreated(String taskId, String leadId, String partnerId, Instant at) {
        return taskEvent("TaskCreated", taskId, leadId, "OPEN", at, "\"origin\":\"MATCHED\",\"suggestedPartnerId\":\""
                + partnerId + "\",\"notes\":\"Customer wants to meet the partner\",\"urgent\":true,\"dueAt\":\""
                + at.plusSeconds(86400) + "\",\"createdBy\":\"task-service\",\"decisionId\":null");
    }

    public static String taskAssigned(String taskId, String leadId, String partnerId, Instant at) {
        return taskEvent("TaskAssigned", taskId, leadId, "ASSIGNED", at, "\"partnerId\":\"" + partnerId
                + "\",\"partnerName\":\"Jansen & De Boer Accountants\",\"suggestedPartnerId\":\"" + partnerId
                + "\",\"overrideReason\":null,\"urgent\":true,\"notes\":\"Call before Friday\",\"dueAt\":\""
                + at.plusSeconds(86400) + "\",\"acceptBy\":\"" + at.plusSeconds(7200)
                + "\",\"assignedBy\":\"carla@totalservice.nl\",\"lead\":{\"companyName\":\"Bakkerij\"}");
    }

    public static String taskAccepted(String taskId, String leadId, String partnerId, Instant at) {
        return taskEvent("TaskAccepted", taskId, leadId, "ACCEPTED", at, "\"partnerId\":\"" + partnerId
                + "\",\"acceptedBy\":\"piet@jansen-deboer.nl\"");
    }

    public static String notificationSent(String leadId, String taskId, Instant at) {
        String id = UUID.randomUUID().toString();
        String body = "{\"eventId\":\"%s\",\"occurredAt\":\"%s\",\"notificationId\":\"%s\",\"kind\":\"TASK_ASSIGNED\","
                + "\"channel\":\"EMAIL\",\"recipient\":\"piet@jansen-deboer.nl\",\"sourceEventId\":\"%s\","
                + "\"sourceEventType\":\"TaskAssigned\",\"leadId\":\"%s\",\"taskId\":\"%s\",\"partnerId\":null,"
                + "\"attempts\":1}";
        return send("notification-events", id, "NotificationSent", at, body.formatted(UUID.randomUUID(), at, id,
                UUID.randomUUID(), leadId, taskId));
    }

    /** Sends with {@code ce_time} = {@code at}; returns the event id. */
    public static String send(String topic, String key, String type, Instant at, String body) {
        String id = UUID.randomUUID().toString();
        sendWithId(topic, key, id, type, at, body);
        return id;
    }

    /** Sends with a given event id: sending one id twice is a redelivery. */
    public static void sendWithId(String topic, String key, String id, String type, Instant at, String body) {
        Kafka.sender().sendRaw(topic, key, body, Map.of("ce_specversion", "1.0", "ce_id", id, "ce_type", type,
                "ce_source", "/" + topic.replace("-events", "-service"), "ce_subject", key, "ce_time", at.toString(),
                "content-type", "application/json"));
    }

    /** The partner accepted the follow-up of an interested lead: waits until lead-service confirmed it. */
    public static void confirmPartner(String leadId, String partnerId) {
        taskAccepted(UUID.randomUUID().toString(), leadId, partnerId, Instant.now());
        await().until(() -> "PARTNER_CONFIRMED".equals(Leads.state(leadId)));
    }
}
