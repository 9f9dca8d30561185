package nl.totalservice.onboarding.notification.delivery.rest;

import nl.totalservice.onboarding.notification.delivery.DeliveryChannel;
import nl.totalservice.onboarding.notification.delivery.Notification;
import nl.totalservice.onboarding.notification.delivery.NotificationKind;
import nl.totalservice.onboarding.notification.delivery.NotificationStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "NotificationSummary", description = "One message to one person for one event, and how its delivery went.")
public record NotificationSummaryView(
        @Schema(description = "Notification id", examples = "0b9d7a52-3c1e-4f7e-9a44-5d2a7f3e8c11") UUID id,
        @Schema(description = "Why it was sent", examples = "TASK_ASSIGNED") NotificationKind kind,
        @Schema(description = "How it is delivered (call notifications are emails to the person who must phone)",
                examples = "EMAIL") DeliveryChannel channel,
        @Schema(description = "Delivery state: PENDING (waiting for an attempt), SENDING, SENT, FAILED",
                examples = "SENT") NotificationStatus status,
        @Schema(description = "Recipient email address (lower case)", examples = "info@boekhoudingnoord.nl") String recipient,
        @Schema(description = "Subject line", examples = "Nieuwe opvolgtaak: neem contact op met Bakkerij De Vries")
        String subject,
        @Schema(description = "Id (ce_id) of the event that caused it", examples = "7f0c2f7e-1d2b-4c55-8a3e-2b6f9d1e4a77")
        String sourceEventId,
        @Schema(description = "Type (ce_type) of the event that caused it", examples = "TaskAssigned") String sourceEventType,
        @Schema(description = "Lead it is about, if any", examples = "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7") UUID leadId,
        @Schema(description = "The lead's company, when the event named it", examples = "Bakkerij De Vries")
        String leadName,
        @Schema(description = "Task it is about, if any", examples = "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d") UUID taskId,
        @Schema(description = "Partner it is about, if any", examples = "9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d") UUID partnerId,
        @Schema(description = "Email of the sales owner of the lead, if known", examples = "sanne.devries@totalservice.nl")
        String ownerEmail,
        @Schema(description = "Attempts made so far", examples = "1") int attempts,
        @Schema(description = "Error of the last failed attempt, if any", examples = "ConnectException: Connection refused")
        String lastError,
        @Schema(description = "When it was queued", examples = "2026-07-01T09:30:00Z") Instant createdAt,
        @Schema(description = "When the last attempt started", examples = "2026-07-01T09:30:01Z") Instant lastAttemptAt,
        @Schema(description = "When the next attempt is due (PENDING or SENDING only)", examples = "2026-07-01T09:31:00Z")
        Instant nextAttemptAt,
        @Schema(description = "Held until its recipient's office opened (a non-urgent message to a partner whose office "
                + "was closed: evening, weekend, holiday, closed day, the partner's own unavailability); null when it was "
                + "not held. It is not sent before then.", examples = "2026-07-06T07:00:00Z", nullable = true)
        Instant heldUntil,
        @Schema(description = "Why it was held, as task-service gave it; null when it was not held",
                examples = "weekend (Saturday)", nullable = true)
        String heldReason,
        @Schema(description = "When the SMTP server accepted it", examples = "2026-07-01T09:30:01Z") Instant sentAt,
        @Schema(description = "When it was marked FAILED", examples = "2026-07-01T12:00:00Z") Instant failedAt) {

    static NotificationSummaryView of(Notification n) {
        boolean waiting = n.status() == NotificationStatus.PENDING || n.status() == NotificationStatus.SENDING;
        return new NotificationSummaryView(n.id(), n.kind(), n.channel(), n.status(), n.recipient(), n.subject(),
                n.sourceEventId(), n.sourceEventType(), n.leadId(), n.leadName(), n.taskId(), n.partnerId(), n.ownerEmail(),
                n.attempts(), n.lastError(), n.createdAt(), n.lastAttemptAt(), waiting ? n.nextAttemptAt() : null,
                n.heldUntil(), n.heldReason(), n.sentAt(), n.failedAt());
    }
}
