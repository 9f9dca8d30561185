package nl.totalservice.onboarding.lead.lead;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.util.UUID;

/**
 * The partner side of a lead: whom partner-service proposed (the latest decision) and who
 * confirmed by accepting the follow-up task. The first confirmation stands.
 */
@Embeddable
public class PartnerProgress {

    @Column(name = "proposed_partner_id")
    UUID proposedPartnerId;
    @Column(name = "proposed_partner_name")
    String proposedPartnerName;
    @Column(name = "proposed_rule")
    String proposedRule;
    @Column(name = "proposed_decision_id")
    UUID proposedDecisionId;
    @Column(name = "proposed_at")
    Instant proposedAt;
    @Column(name = "confirmed_partner_id")
    UUID confirmedPartnerId;
    @Column(name = "confirmed_task_id")
    UUID confirmedTaskId;
    @Column(name = "partner_confirmed_at")
    Instant confirmedAt;

    public void propose(PartnerProposal proposal) {
        proposedPartnerId = proposal.partnerId();
        proposedPartnerName = proposal.partnerName();
        proposedRule = proposal.rule();
        proposedDecisionId = proposal.decisionId();
        proposedAt = proposal.proposedAt();
    }

    public void confirm(UUID partnerId, UUID taskId, Instant at) {
        confirmedPartnerId = partnerId;
        confirmedTaskId = taskId;
        confirmedAt = at;
    }

    public boolean isConfirmed() {
        return confirmedPartnerId != null;
    }

    public PartnerProposal proposal() {
        return proposedPartnerId == null ? null
                : new PartnerProposal(proposedPartnerId, proposedPartnerName, proposedRule, proposedDecisionId, proposedAt);
    }

    public UUID confirmedPartnerId() {
        return confirmedPartnerId;
    }

    public UUID confirmedTaskId() {
        return confirmedTaskId;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }
}
