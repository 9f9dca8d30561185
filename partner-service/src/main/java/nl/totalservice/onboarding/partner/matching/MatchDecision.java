package nl.totalservice.onboarding.partner.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.totalservice.onboarding.partner.matching.engine.Decision;
import nl.totalservice.onboarding.partner.matching.engine.Outcome;
import nl.totalservice.onboarding.partner.matching.engine.Rule;
import nl.totalservice.onboarding.partner.matching.event.Trigger;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** A stored matching decision: what was decided, by which rule, and the whole explanation. */
@Entity
@Table(name = "match_decision")
public class MatchDecision {

    @Id
    private UUID id;
    @Column(name = "lead_id", nullable = false)
    private UUID leadId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Trigger trigger;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;
    @Enumerated(EnumType.STRING)
    private Rule rule;
    @Column(name = "partner_id")
    private UUID partnerId;
    @Column(name = "partner_name")
    private String partnerName;
    @Column(nullable = false)
    private String explanation;
    @Column(name = "task_id")
    private UUID taskId;
    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;
    @Column(name = "partners_considered", nullable = false)
    private int partnersConsidered;
    @Column(name = "eligible_partners", nullable = false)
    private int eligiblePartners;
    @Column(name = "candidates_omitted", nullable = false)
    private int candidatesOmitted;
    /** {@link DecisionDetail} as JSON (written and read by {@link DecisionJson}). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private String detail;

    protected MatchDecision() {
    }

    MatchDecision(UUID leadId, Trigger trigger, UUID taskId, Decision decision, String detailJson, Instant now) {
        this.id = UUID.randomUUID();
        this.leadId = leadId;
        this.trigger = trigger;
        this.taskId = taskId;
        this.outcome = decision.outcome();
        this.rule = decision.rule();
        this.partnerId = decision.partnerId();
        this.partnerName = decision.partnerName();
        this.explanation = decision.explanation();
        this.partnersConsidered = decision.partnersConsidered();
        this.eligiblePartners = decision.eligiblePartners();
        this.candidatesOmitted = decision.candidatesOmitted();
        this.detail = detailJson;
        this.decidedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID leadId() {
        return leadId;
    }

    public Trigger trigger() {
        return trigger;
    }

    public Outcome outcome() {
        return outcome;
    }

    public Rule rule() {
        return rule;
    }

    public UUID partnerId() {
        return partnerId;
    }

    public String partnerName() {
        return partnerName;
    }

    public String explanation() {
        return explanation;
    }

    public UUID taskId() {
        return taskId;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public int partnersConsidered() {
        return partnersConsidered;
    }

    public int eligiblePartners() {
        return eligiblePartners;
    }

    public int candidatesOmitted() {
        return candidatesOmitted;
    }

    String detailJson() {
        return detail;
    }
}
