package nl.totalservice.onboarding.lead.lead;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.totalservice.onboarding.platform.web.problem.ProblemException;

import java.time.Instant;
import java.util.UUID;

/** One document of a lead's mandatory documents checklist, with its review status. */
@Entity
@Table(name = "lead_document")
public class LeadDocument {

    @Id
    UUID id;
    int position;
    String code;
    String label;
    boolean required;
    @Enumerated(EnumType.STRING)
    DocumentStatus status;
    String reference;
    String note;
    @Column(name = "received_by")
    String receivedBy;
    @Column(name = "received_at")
    Instant receivedAt;
    @Column(name = "reviewed_by")
    String reviewedBy;
    @Column(name = "reviewed_at")
    Instant reviewedAt;
    @Column(name = "rejection_reason")
    String rejectionReason;

    protected LeadDocument() {
    }

    public LeadDocument(int position, ChecklistItem type) {
        this.id = UUID.randomUUID();
        this.position = position;
        this.code = type.code();
        this.label = type.label();
        this.required = type.required();
        this.status = DocumentStatus.PENDING;
    }

    /** The customer handed the document in (again, after a rejection). */
    public void receive(String reference, String note, String by, Instant at) {
        if (status != DocumentStatus.PENDING && status != DocumentStatus.REJECTED) {
            throw refusal("receive");
        }
        this.status = DocumentStatus.RECEIVED;
        this.reference = reference;
        this.note = note;
        this.receivedBy = by;
        this.receivedAt = at;
        this.reviewedBy = null;
        this.reviewedAt = null;
        this.rejectionReason = null;
    }

    public void approve(String note, String by, Instant at) {
        if (status != DocumentStatus.RECEIVED) {
            throw refusal("approve");
        }
        this.status = DocumentStatus.APPROVED;
        if (note != null) {
            this.note = note;
        }
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    public void reject(String reason, String by, Instant at) {
        if (status != DocumentStatus.RECEIVED) {
            throw refusal("reject");
        }
        this.status = DocumentStatus.REJECTED;
        this.rejectionReason = reason;
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    private ProblemException refusal(String action) {
        return ProblemException.illegalTransition("Cannot " + action + " document " + code + " while it is " + status,
                status);
    }

    /** Done as far as the checklist is concerned. */
    public boolean isSatisfied() {
        return !required || status == DocumentStatus.APPROVED;
    }

    public int position() {
        return position;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public boolean required() {
        return required;
    }

    public DocumentStatus status() {
        return status;
    }

    public String reference() {
        return reference;
    }

    public String note() {
        return note;
    }

    public String receivedBy() {
        return receivedBy;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    /** Free text may name people: gone on erasure (the reference to the document itself stays). */
    void eraseNotes() {
        note = null;
        rejectionReason = null;
    }
}
