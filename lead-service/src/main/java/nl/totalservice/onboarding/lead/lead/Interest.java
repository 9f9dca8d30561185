package nl.totalservice.onboarding.lead.lead;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;

/** The lead's current interest decision; every revision is kept as an {@link InterestRevision}. */
@Embeddable
public class Interest {

    @Column(name = "interest_revision", nullable = false)
    int revision;
    @Column(name = "interested")
    Boolean interested;
    @Enumerated(EnumType.STRING)
    @Column(name = "interest_reason")
    InterestReason reason;
    @Column(name = "interest_note")
    String note;
    @Column(name = "interest_recorded_by")
    String recordedBy;
    @Column(name = "interest_recorded_at")
    Instant recordedAt;
    /** When sales first made the offer: the report counts the lead in that month. */
    @Column(name = "interest_first_recorded_at")
    Instant firstRecordedAt;

    /** Makes {@code decision} the current one; returns its revision number (1, 2, ...). */
    public int record(InterestDecision decision, String by, Instant at) {
        revision++;
        interested = decision.interested();
        reason = decision.reason();
        note = decision.note();
        recordedBy = by;
        recordedAt = at;
        if (firstRecordedAt == null) {
            firstRecordedAt = at;
        }
        return revision;
    }

    public boolean isRecorded() {
        return revision > 0;
    }

    public int revision() {
        return revision;
    }

    public Boolean interested() {
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

    public Instant firstRecordedAt() {
        return firstRecordedAt;
    }
}
