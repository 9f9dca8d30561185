package nl.totalservice.onboarding.partner.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A lead went to a partner, by a decision or by the coordinator (append-only): the "last
 * assignment" of the distribution tie-break and the assignment counts of the fairness report.
 */
@Entity
@Table(name = "partner_assignment")
public class PartnerAssignment {

    /** Who gave the lead to the partner. */
    public enum Source {
        DECISION,
        TASK_ASSIGNED,
        PARTNER_CONFIRMED,
        ONBOARDED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "lead_id", nullable = false)
    private UUID leadId;
    @Column(name = "partner_id", nullable = false)
    private UUID partnerId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Source source;
    @Column(name = "decision_id")
    private UUID decisionId;
    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    protected PartnerAssignment() {
    }

    static PartnerAssignment of(UUID leadId, UUID partnerId, Source source, UUID decisionId, Instant at) {
        PartnerAssignment assignment = new PartnerAssignment();
        assignment.leadId = leadId;
        assignment.partnerId = partnerId;
        assignment.source = source;
        assignment.decisionId = decisionId;
        assignment.assignedAt = at;
        return assignment;
    }
}
