package nl.totalservice.onboarding.notification.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.totalservice.onboarding.platform.messaging.tracing.TraceContext;

import java.time.Instant;
import java.util.UUID;

/** An event that waits for the contact details of its partner; handled again once they arrive. */
@Entity
@Table(name = "parked_event")
public class ParkedEvent {

    @Id
    @Column(name = "event_id")
    private String eventId;

    @Column(name = "event_type", nullable = false)
    private String eventType;

    @Column(nullable = false)
    private String topic;

    @Column(name = "partner_id", nullable = false)
    private UUID partnerId;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Column(nullable = false)
    private String payload;

    @Column(name = "parked_at", nullable = false)
    private Instant parkedAt;

    /** The trace it was consumed in (W3C), continued when it is released. */
    private String traceparent;

    private String tracestate;

    protected ParkedEvent() {
    }

    ParkedEvent(SourceEvent source, UUID partnerId, Instant now) {
        this.eventId = source.id();
        this.eventType = source.type();
        this.topic = source.topic();
        this.partnerId = partnerId;
        this.occurredAt = source.occurredAt();
        this.payload = source.payload();
        this.parkedAt = now;
        if (source.trace() != null) {
            this.traceparent = source.trace().traceparent();
            this.tracestate = source.trace().tracestate();
        }
    }

    SourceEvent source() {
        return new SourceEvent(eventId, eventType, topic, occurredAt, payload, TraceContext.of(traceparent, tracestate));
    }

    public String eventId() {
        return eventId;
    }

    public String eventType() {
        return eventType;
    }

    public UUID partnerId() {
        return partnerId;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Instant parkedAt() {
        return parkedAt;
    }
}
