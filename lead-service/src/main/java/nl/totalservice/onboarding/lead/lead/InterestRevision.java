package nl.totalservice.onboarding.lead.lead;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One interest decision of a lead, kept forever: who recorded what, and when. */
@Entity
@Table(name = "lead_interest_revision")
public class InterestRevision {

    @Id
    UUID id;
    @Column(name = "lead_id", nullable = false)
    UUID leadId;
    int revision;
    boolean interested;
    @Enumerated(EnumType.STRING)
    InterestReason reason;
    String note;
    @Column(name = "recorded_by")
    String recordedBy;
    @Column(name = "recorded_at")
    Instant recordedAt;

    protected InterestRevision() {
    }

    public InterestRevision(UUID leadId, int revision, InterestDecision decision, String recordedBy, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.leadId = leadId;
        this.revision = revision;
        this.interested = decision.interested();
        this.reason = decision.reason();
        this.note = decision.note();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public UUID leadId() {
        return leadId;
    }

    public int revision() {
        return revision;
    }

    public boolean interested() {
        return interested;
    }

    public InterestReason reason() {
        return reason;
    }

    public String note() {
        return note;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
