package nl.totalservice.onboarding.lead.inbound;

import java.time.Instant;
import java.util.UUID;

/** lead-service's reading of every task-events type: the fields its progress view uses. */
public record TaskEvent(Instant occurredAt, UUID taskId, UUID leadId, String status, UUID partnerId,
                        String partnerName, String origin, UUID suggestedPartnerId, Boolean urgent, Instant dueAt,
                        Instant acceptBy, String createdBy, String assignedBy, String overrideReason,
                        String acceptedBy, String reason, String note, String declinedBy, Instant contactedAt,
                        String outcome, String assignee, Instant callBackAt, String recordedBy) {

    String summary(String type) {
        return switch (type) {
            case "TaskCreated" -> "Follow-up task created (" + origin + ")" + by(createdBy)
                    + (suggestedPartnerId == null ? "" : ", suggested partner " + suggestedPartnerId)
                    + (Boolean.TRUE.equals(urgent) ? ", urgent" : "");
            case "TaskSuggestionChanged" -> "Follow-up suggestion changed to partner " + suggestedPartnerId
                    + (reason == null ? "" : ": " + reason);
            case "TaskAssigned" -> "Follow-up assigned to " + partner() + by(assignedBy)
                    + (overrideReason == null ? "" : " (instead of the suggestion: " + overrideReason + ")")
                    + (acceptBy == null ? "" : "; accept by " + acceptBy);
            case "TaskAccepted" -> "Follow-up accepted by " + partner() + by(acceptedBy);
            case "TaskDeclined" -> "Follow-up declined by " + partner() + ": " + reason + (note == null ? "" : " (" + note + ")");
            case "TaskCustomerContacted" -> "Partner " + partner() + " contacted the customer"
                    + (contactedAt == null ? "" : " on " + contactedAt) + (note == null ? "" : ": " + note);
            case "TaskCompleted" -> "Follow-up completed by " + partner() + ": " + outcome + (note == null ? "" : " (" + note + ")");
            case "TaskOverdue" -> "Follow-up overdue: " + partner() + " did not accept by " + acceptBy;
            case "TaskReturnedToQueue" -> "Follow-up returned to the coordinator queue (" + reason + ")";
            case "TaskCancelled" -> "Follow-up cancelled" + (reason == null ? "" : ": " + reason);
            case "TaskCallRequested" -> "Call to " + partner() + " requested" + (assignee == null ? "" : " from " + assignee);
            case "TaskCallRecorded" -> "Call to " + partner() + " recorded: " + outcome
                    + (callBackAt == null ? "" : ", call back at " + callBackAt) + by(recordedBy);
            case "TaskCallEscalated" -> "Call to " + partner() + " escalated";
            default -> type + " (task " + taskId + ", status " + status + ")";
        };
    }

    private String partner() {
        return partnerName != null ? partnerName : "partner " + partnerId;
    }

    private static String by(String who) {
        return who == null ? "" : " by " + who;
    }
}
