package nl.totalservice.onboarding.lead.lead.rest;

import nl.totalservice.onboarding.lead.lead.PartnerProgress;
import nl.totalservice.onboarding.lead.lead.PartnerProposal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** The partner side of a lead. */
@Schema(name = "LeadPartner", description = "The partner proposed by partner-service and the one that confirmed")
public record PartnerView(
        @Schema(description = "partner-service's latest proposal, or null") Proposed proposed,
        @Schema(description = "The partner that accepted the follow-up, or null") Confirmed confirmed) {

    @Schema(name = "ProposedPartner", description = "partner-service's latest choice for the lead")
    public record Proposed(
            @Schema(description = "Partner firm id", examples = "5b0e6f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b") UUID partnerId,
            @Schema(description = "Partner firm name", examples = "Jansen & De Boer Accountants") String name,
            @Schema(description = "The rule that decided", examples = "REGION") String rule,
            @Schema(description = "partner-service's decision id", examples = "9c1f2e3d-4b5a-6978-8a9b-0c1d2e3f4a5b")
            UUID decisionId,
            @Schema(description = "When it was decided", examples = "2026-07-01T09:46:00Z") Instant proposedAt) {
    }

    @Schema(name = "ConfirmedPartner", description = "The partner that accepted the follow-up and delivers the service")
    public record Confirmed(
            @Schema(description = "Partner firm id", examples = "5b0e6f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b") UUID partnerId,
            @Schema(description = "The accepted follow-up task", examples = "7d2c1b0a-9e8f-4a6b-8c5d-3e2f1a0b9c8d")
            UUID taskId,
            @Schema(description = "When the partner accepted", examples = "2026-07-02T08:15:00Z") Instant confirmedAt) {
    }

    public static PartnerView of(PartnerProgress progress) {
        PartnerProposal proposal = progress.proposal();
        return new PartnerView(
                proposal == null ? null : new Proposed(proposal.partnerId(), proposal.partnerName(), proposal.rule(),
                        proposal.decisionId(), proposal.proposedAt()),
                progress.isConfirmed() ? new Confirmed(progress.confirmedPartnerId(), progress.confirmedTaskId(),
                        progress.confirmedAt()) : null);
    }
}
