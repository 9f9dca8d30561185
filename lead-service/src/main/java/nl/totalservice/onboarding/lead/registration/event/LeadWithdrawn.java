package nl.totalservice.onboarding.lead.registration.event;

import nl.totalservice.onboarding.lead.lead.Lead;
import nl.totalservice.onboarding.lead.lead.LeadState;
import nl.totalservice.onboarding.lead.lead.WithdrawalReason;
import nl.totalservice.onboarding.lead.lead.event.LeadEvent;

import java.time.Instant;
import java.util.UUID;

/** The lead was withdrawn (docs/events.md, lead-events); {@code partnerId} is the confirmed partner, if any. */
public record LeadWithdrawn(UUID eventId, Instant occurredAt, UUID leadId, UUID partnerId, WithdrawalReason reason,
                            String note, String withdrawnBy, LeadState previousState) implements LeadEvent {

    public static LeadWithdrawn of(Lead lead) {
        var withdrawal = lead.withdrawal();
        return new LeadWithdrawn(UUID.randomUUID(), withdrawal.withdrawnAt(), lead.id(),
                lead.partner().confirmedPartnerId(), withdrawal.reason(), withdrawal.note(), withdrawal.withdrawnBy(),
                withdrawal.previousState());
    }

    @Override
    public String summary() {
        return "Lead withdrawn by " + withdrawnBy + ": " + reason + (note == null ? "" : " (" + note + ")");
    }
}
