package nl.totalservice.onboarding.partner.matching.event;

import nl.totalservice.onboarding.partner.matching.engine.CandidateAssessment;
import nl.totalservice.onboarding.partner.matching.engine.Rule;
import nl.totalservice.onboarding.partner.matching.engine.SkippedRule;
import nl.totalservice.onboarding.platform.messaging.DomainEvent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A partner was chosen for a lead, with the whole explanation (docs/events.md, key leadId). */
public record PartnerMatched(UUID eventId, Instant occurredAt, UUID decisionId, UUID leadId, Trigger trigger,
                             Rule rule, UUID partnerId, String partnerName, String explanation,
                             List<CandidateAssessment> candidates, int candidatesOmitted,
                             List<SkippedRule> skippedRules, Owner owner, UUID taskId) implements DomainEvent {

    @Override
    public String aggregateId() {
        return leadId.toString();
    }
}
