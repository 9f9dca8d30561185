package nl.totalservice.onboarding.lead.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.totalservice.onboarding.lead.lead.ConfirmationOutcome;
import nl.totalservice.onboarding.lead.lead.Lead;
import nl.totalservice.onboarding.lead.lead.PartnerProposal;
import nl.totalservice.onboarding.lead.lead.event.LeadEvents;
import nl.totalservice.onboarding.lead.partner.event.LeadPartnerConfirmed;

import java.time.Instant;
import java.util.UUID;

/** Keeps the partner side of a lead up to date from partner-service's and task-service's events. */
@ApplicationScoped
public class PartnerService {

    private final LeadEvents events;

    public PartnerService(LeadEvents events) {
        this.events = events;
    }

    /** partner-service proposed a partner; returns whether the lead took it (closed leads ignore it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean proposed(Lead lead, PartnerProposal proposal) {
        return lead.proposePartner(proposal);
    }

    /** A partner accepted the follow-up: confirms it when the lead is ready, and publishes LeadPartnerConfirmed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ConfirmationOutcome accepted(Lead lead, UUID partnerId, UUID taskId, Instant acceptedAt) {
        ConfirmationOutcome outcome = lead.confirmPartner(partnerId, taskId, acceptedAt);
        if (outcome.applied()) {
            events.publish(new LeadPartnerConfirmed(UUID.randomUUID(), acceptedAt, lead.id(), partnerId, taskId));
        }
        return outcome;
    }
}
