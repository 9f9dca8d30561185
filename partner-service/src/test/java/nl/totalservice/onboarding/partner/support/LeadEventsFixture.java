package nl.totalservice.onboarding.partner.support;

import java.util.UUID;

/** Bodies of lead-service and task-service events as docs/events.md describes them. */
public final class LeadEventsFixture {

    private LeadEventsFixture() {
    }

    public static String interested(UUID leadId, int revision, String postcode, UUID wishPartnerId) {
        String wish = wishPartnerId == null ? "null"
                : "{\"partnerId\":\"" + wishPartnerId + "\",\"kind\":\"EXISTING_CONTACT\",\"note\":\"Knows them\"}";
        return """
                {"eventId":"%s","occurredAt":"2026-07-01T09:30:00Z","leadId":"%s","revision":%d,"interested":true,
                 "reason":null,"note":"Wants the total service","recordedBy":"sanne.devries@totalservice.nl",
                 "companyName":"Bakkerij De Korenschoof","postcode":"%s","pc4":"%s","location":null,"wish":%s,
                 "owner":{"email":"sanne.devries@totalservice.nl","name":"Sanne de Vries"},"someFutureField":42}
                """.formatted(UUID.randomUUID(), leadId, revision, postcode, postcode.substring(0, 4), wish);
    }

    public static String notInterested(UUID leadId, int revision) {
        return """
                {"eventId":"%s","occurredAt":"2026-07-01T09:30:00Z","leadId":"%s","revision":%d,"interested":false,
                 "reason":"PRICE","note":"Too expensive","companyName":"Bakkerij De Korenschoof","postcode":"9712 AB",
                 "pc4":"9712","location":null,"wish":null,"owner":{"email":"sanne.devries@totalservice.nl","name":null}}
                """.formatted(UUID.randomUUID(), leadId, revision);
    }

    public static String onboarded(UUID leadId, UUID partnerId) {
        return """
                {"eventId":"%s","occurredAt":"2026-07-01T09:30:00Z","leadId":"%s","partnerId":"%s","onboardedAt":"2026-07-01T09:30:00Z"}
                """.formatted(UUID.randomUUID(), leadId, partnerId);
    }

    public static String withdrawn(UUID leadId, UUID partnerId) {
        return """
                {"eventId":"%s","occurredAt":"2026-07-01T09:30:00Z","leadId":"%s","partnerId":%s,"reason":"NO_LONGER_INTERESTED",
                 "note":null,"withdrawnBy":"sanne.devries@totalservice.nl","previousState":"ONBOARDING"}
                """.formatted(UUID.randomUUID(), leadId, partnerId == null ? "null" : "\"" + partnerId + "\"");
    }

    public static String taskDeclined(UUID taskId, UUID leadId, UUID partnerId) {
        return """
                {"eventId":"%s","occurredAt":"2026-07-01T09:30:00Z","taskId":"%s","leadId":"%s","taskType":"LEAD_FOLLOW_UP",
                 "status":"DECLINED","owner":{"email":"sanne.devries@totalservice.nl","name":"Sanne de Vries"},
                 "partnerId":"%s","reason":"NO_CAPACITY","note":"Too busy","declinedBy":"henk@partner.nl",
                 "declinedPartnerIds":["%s"]}
                """.formatted(UUID.randomUUID(), taskId, leadId, partnerId, partnerId);
    }

    public static String taskAssigned(UUID taskId, UUID leadId, UUID partnerId) {
        return """
                {"eventId":"%s","occurredAt":"2026-07-01T09:30:00Z","taskId":"%s","leadId":"%s","taskType":"LEAD_FOLLOW_UP",
                 "status":"ASSIGNED","owner":{"email":"sanne.devries@totalservice.nl","name":"Sanne de Vries"},
                 "partnerId":"%s","partnerName":"Whoever","suggestedPartnerId":null,"overrideReason":"Knows the sector",
                 "urgent":false,"notes":null,"dueAt":null,"acceptBy":null,"assignedBy":"carla@totalservice.nl","lead":null}
                """.formatted(UUID.randomUUID(), taskId, leadId, partnerId);
    }

    public static String taskCancelled(UUID taskId, UUID leadId, UUID partnerId) {
        return """
                {"eventId":"%s","occurredAt":"2026-07-01T10:30:00Z","taskId":"%s","leadId":"%s","taskType":"LEAD_FOLLOW_UP",
                 "status":"CANCELLED","owner":{"email":"sanne.devries@totalservice.nl","name":"Sanne de Vries"},
                 "reason":"CANCELLED_BY_SALES","note":"Customer postponed","partnerId":"%s","cancelledBy":"sanne.devries@totalservice.nl"}
                """.formatted(UUID.randomUUID(), taskId, leadId, partnerId);
    }

    /** TaskReturnedToQueue, TaskAccepted: the fields partner-service reads. */
    public static String taskPartner(UUID taskId, UUID leadId, UUID partnerId, String status) {
        return """
                {"eventId":"%s","occurredAt":"2026-07-01T11:30:00Z","taskId":"%s","leadId":"%s","taskType":"LEAD_FOLLOW_UP",
                 "status":"%s","owner":{"email":"sanne.devries@totalservice.nl","name":"Sanne de Vries"},"partnerId":"%s"}
                """.formatted(UUID.randomUUID(), taskId, leadId, status, partnerId);
    }
}
