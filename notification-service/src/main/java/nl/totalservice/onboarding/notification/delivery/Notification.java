package nl.totalservice.onboarding.notification.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.totalservice.onboarding.notification.contact.PartnerContact;
import nl.totalservice.onboarding.platform.messaging.tracing.TraceContext;
import nl.totalservice.onboarding.platform.web.problem.ProblemException;
import org.hibernate.annotations.DynamicUpdate;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * One message to one person for one event (unique per source event, recipient and kind, so it is
 * sent at most once), with its delivery state: attempts, the last error, when to try again.
 * Updates name only the columns that changed: the message's bodies, written once, are not sent to
 * PostgreSQL (and compressed by it) again with every change of state.
 */
@Entity
@DynamicUpdate
@Table(name = "notification")
public class Notification {

    private static final int MAX_ERROR = 2000;

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NotificationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeliveryChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NotificationStatus status;

    @Column(nullable = false)
    private String recipient;

    @Column(name = "recipient_name")
    private String recipientName;

    @Column(nullable = false)
    private String language;

    @Column(nullable = false)
    private String subject;

    @Column(name = "text_body", nullable = false)
    private String textBody;

    @Column(name = "html_body", nullable = false)
    private String htmlBody;

    @Column(name = "source_event_id", nullable = false)
    private String sourceEventId;

    @Column(name = "source_event_type", nullable = false)
    private String sourceEventType;

    @Column(name = "lead_id")
    private UUID leadId;

    @Column(name = "lead_name")
    private String leadName;

    @Column(name = "task_id")
    private UUID taskId;

    @Column(name = "partner_id")
    private UUID partnerId;

    @Column(name = "owner_email")
    private String ownerEmail;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "attempt_limit", nullable = false)
    private int attemptLimit;

    @Column(name = "manual_retries", nullable = false)
    private int manualRetries;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "held_until")
    private Instant heldUntil;

    @Column(name = "held_reason")
    private String heldReason;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "failed_at")
    private Instant failedAt;

    @Column(name = "last_retried_by")
    private String lastRetriedBy;

    /** The trace of the event that queued it (W3C), continued when it is sent. */
    private String traceparent;

    private String tracestate;

    @Version
    private long version;

    protected Notification() {
    }

    /** A new notification, due at once or, when held, once its recipient's office opens. */
    static Notification create(NewNotification spec, int attemptLimit, Instant now) {
        Notification notification = new Notification();
        notification.id = UUID.randomUUID();
        notification.kind = spec.kind();
        notification.channel = DeliveryChannel.EMAIL;
        notification.status = NotificationStatus.PENDING;
        notification.recipient = normalise(spec.recipient());
        notification.recipientName = spec.recipientName();
        notification.language = spec.language().code();
        notification.subject = spec.message().subject();
        notification.textBody = spec.message().text();
        notification.htmlBody = spec.message().html();
        notification.sourceEventId = spec.sourceEventId();
        notification.sourceEventType = spec.sourceEventType();
        notification.leadId = spec.leadId();
        notification.leadName = spec.leadName();
        notification.taskId = spec.taskId();
        notification.partnerId = spec.partnerId();
        notification.ownerEmail = spec.ownerEmail() == null ? null : normalise(spec.ownerEmail());
        notification.attemptLimit = attemptLimit;
        notification.nextAttemptAt = now;
        notification.createdAt = now;
        TraceContext trace = TraceContext.current();
        if (trace != null) {
            notification.traceparent = trace.traceparent();
            notification.tracestate = trace.tracestate();
        }
        Hold hold = spec.hold();
        if (hold != null && hold.until().isAfter(now)) {
            notification.heldUntil = hold.until();
            notification.heldReason = hold.reason() == null ? "recipient's office closed"
                    : hold.reason().substring(0, Math.min(hold.reason().length(), 300));
            notification.nextAttemptAt = hold.until();
        }
        return notification;
    }

    /** Email addresses compare case-insensitively; we store them in lower case. */
    public static String normalise(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * Starts an attempt: SENDING until the outcome is recorded, or until {@code lease} passes (then
     * the sender is presumed dead and the notification is due again).
     */
    void startAttempt(Instant now, Duration lease) {
        if (status != NotificationStatus.PENDING && status != NotificationStatus.SENDING) {
            throw new IllegalStateException("Notification " + id + " is " + status + ", not due");
        }
        status = NotificationStatus.SENDING;
        attempts++;
        lastAttemptAt = now;
        nextAttemptAt = now.plus(lease);
    }

    /** Whether the attempt numbered {@code attempt} is still the one in flight (no other sender took over). */
    boolean isInFlight(int attempt) {
        return status == NotificationStatus.SENDING && attempts == attempt;
    }

    void markSent(Instant now) {
        status = NotificationStatus.SENT;
        sentAt = now;
    }

    /**
     * Records a failed attempt: due again after the policy's backoff, or FAILED when no attempt is
     * left or the failure is {@code permanent} (the recipient refused for good). Returns whether it
     * is now FAILED.
     */
    boolean markAttemptFailed(String error, boolean permanent, Instant now, RetryPolicy policy) {
        String text = (permanent ? "permanent: " : "") + (error == null ? "unknown error" : error);
        lastError = text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text;
        if (permanent || attempts >= attemptLimit) {
            status = NotificationStatus.FAILED;
            failedAt = now;
            return true;
        }
        status = NotificationStatus.PENDING;
        nextAttemptAt = now.plus(policy.backoffAfter(attempts));
        return false;
    }

    /** Whether this message goes to the partner's own address (which the partner's updates may change). */
    boolean isForPartner() {
        return partnerId != null && kind.isForPartner();
    }

    /** Sends the next attempts to the partner's current address (it changed since the message was made). */
    void readdress(PartnerContact partner) {
        recipient = normalise(partner.email());
        recipientName = partner.contactName() != null ? partner.contactName() : partner.name();
    }

    /** Re-queues a FAILED notification by hand, with a fresh set of attempts. */
    void requeue(String by, int maxAttempts, Instant now) {
        if (status != NotificationStatus.FAILED) {
            throw ProblemException.illegalTransition("Only a FAILED notification can be retried; this one is "
                    + status, status);
        }
        status = NotificationStatus.PENDING;
        attemptLimit = attempts + maxAttempts;
        manualRetries++;
        lastRetriedBy = by;
        nextAttemptAt = now;
        failedAt = null;
    }

    /** The trace of the event that queued it; null when there was none. */
    public TraceContext trace() {
        return TraceContext.of(traceparent, tracestate);
    }

    public UUID id() {
        return id;
    }

    public NotificationKind kind() {
        return kind;
    }

    public DeliveryChannel channel() {
        return channel;
    }

    public NotificationStatus status() {
        return status;
    }

    public String recipient() {
        return recipient;
    }

    public String recipientName() {
        return recipientName;
    }

    public String language() {
        return language;
    }

    public String subject() {
        return subject;
    }

    public String textBody() {
        return textBody;
    }

    public String htmlBody() {
        return htmlBody;
    }

    public String sourceEventId() {
        return sourceEventId;
    }

    public String sourceEventType() {
        return sourceEventType;
    }

    public UUID leadId() {
        return leadId;
    }

    public String leadName() {
        return leadName;
    }

    public UUID taskId() {
        return taskId;
    }

    public UUID partnerId() {
        return partnerId;
    }

    public String ownerEmail() {
        return ownerEmail;
    }

    public int attempts() {
        return attempts;
    }

    public int attemptLimit() {
        return attemptLimit;
    }

    public int manualRetries() {
        return manualRetries;
    }

    public String lastError() {
        return lastError;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    /** Until when the message was held (its recipient's office was closed), or null when it was not. */
    public Instant heldUntil() {
        return heldUntil;
    }

    /** Why it was held, or null. */
    public String heldReason() {
        return heldReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastAttemptAt() {
        return lastAttemptAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant failedAt() {
        return failedAt;
    }

    public String lastRetriedBy() {
        return lastRetriedBy;
    }

    public long version() {
        return version;
    }
}
