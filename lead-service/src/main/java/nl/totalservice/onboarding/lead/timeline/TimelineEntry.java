package nl.totalservice.onboarding.lead.timeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** One thing that happened to a lead, from any service; the id gives the arrival order. */
@Entity
@Table(name = "lead_timeline_entry")
public class TimelineEntry {

    static final int MAX_SUMMARY = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lead_timeline_entry_seq")
    @SequenceGenerator(name = "lead_timeline_entry_seq", sequenceName = "lead_timeline_entry_seq", allocationSize = 50)
    Long id;
    @Column(name = "event_id")
    String eventId;
    @Column(name = "lead_id")
    UUID leadId;
    @Column(name = "occurred_at")
    Instant occurredAt;
    String source;
    String type;
    String summary;
    @JdbcTypeCode(SqlTypes.JSON)
    String details;
    @Column(name = "recorded_at")
    Instant recordedAt;

    protected TimelineEntry() {
    }

    TimelineEntry(String eventId, UUID leadId, Instant occurredAt, String source, String type, String summary,
                  String details, Instant recordedAt) {
        this.eventId = eventId;
        this.leadId = leadId;
        this.occurredAt = occurredAt;
        this.source = source;
        this.type = type;
        this.summary = bounded(summary);
        this.details = details;
        this.recordedAt = recordedAt;
    }

    /** Adds what lead-service made of the event (written before the effects, so it sorts before them). */
    public void addToSummary(String addition) {
        summary = bounded(summary + addition);
    }

    private static String bounded(String text) {
        return text.length() > MAX_SUMMARY ? text.substring(0, MAX_SUMMARY - 1) + "…" : text;
    }

    public String eventId() {
        return eventId;
    }

    public UUID leadId() {
        return leadId;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String source() {
        return source;
    }

    public String type() {
        return type;
    }

    public String summary() {
        return summary;
    }

    /** The event's JSON body (or the change's data for changes without an event). */
    public String details() {
        return details;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
