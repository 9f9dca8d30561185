package nl.totalservice.onboarding.partner.matching.event;

import nl.totalservice.onboarding.partner.matching.engine.CandidateAssessment;
import nl.totalservice.onboarding.platform.messaging.DomainEvent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** No partner can take the lead: every one is excluded, with the reasons (docs/events.md, key leadId). */
public record NoPartnerAvailable(UUID eventId, Instant occurredAt, UUID decisionId, UUID leadId, Trigger trigger,
                                 List<String> reasons, String explanation, List<CandidateAssessment> candidates,
                                 int candidatesOmitted, Owner owner, UUID taskId) implements DomainEvent {

    @Override
    public String aggregateId() {
        return leadId.toString();
    }
}
